class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return "%s (%s): %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return self.name + " barks"
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " softly"
a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", 1)
for x in (a, d, p):
    print(x.describe())
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__)
print([c.__name__ for c in Puppy.__mro__])
print([c.__name__ for c in Puppy.mro()])
print(isinstance(p, Animal), isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(p.age, p.kind, Animal.kind)
Animal.kind = "beast"
print(a.kind, d.kind)
print(Puppy.speak is Dog.speak, Dog.describe is Animal.describe)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")))
