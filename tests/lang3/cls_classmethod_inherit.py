class Model:
    table = "models"
    instances = 0
    @classmethod
    def create(cls, **fields):
        obj = cls()
        for k, v in sorted(fields.items()):
            setattr(obj, k, v)
        cls.instances += 1
        return obj
    @classmethod
    def describe(cls):
        return "%s -> %s" % (cls.__name__, cls.table)
class User(Model):
    table = "users"
class Admin(User):
    @classmethod
    def describe(cls):
        return "admin:" + super().describe()
u = User.create(name="ann", age=3)
print(type(u).__name__, u.name, u.age)
print(Model.describe(), User.describe(), Admin.describe())
Admin.create()
print(Model.instances, User.instances, Admin.instances)
print(Admin().describe())
f = Admin.describe
print(f(), f.__self__.__name__)
class Alt:
    @staticmethod
    @classmethod
    def weird(cls):
        return cls
print(type(Alt.__dict__["weird"]).__name__)
