class HttpError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
def fetch():
    raise HttpError(404, "not found")
fetch()
