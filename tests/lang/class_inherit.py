# Inheritance, overriding, super(), explicit Base.method(self), MRO.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog/" + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " (age %d)" % self.age
a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", 1)
for x in [a, d, p]:
    print(x.speak(), x.kind(), isinstance(x, Dog))
print(issubclass(Puppy, Animal), [c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Base:
    def template(self):
        return "base:" + self.hook()
    def hook(self):
        return "base-hook"
class Derived(Base):
    def hook(self):
        return "derived-hook"
print(Base().template(), Derived().template())
