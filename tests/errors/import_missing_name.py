# Importing a missing name from a module that exists.
from sys import no_such_name
