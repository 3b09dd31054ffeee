# C3 linearization: diamonds, method resolution, and MRO errors.
class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B"

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C"

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def chain(self):
        return ["D"] + super().chain()


print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print([k.__name__ for k in D.mro()])


class E(C, B):
    pass


print([k.__name__ for k in E.__mro__], E().who())


class O:
    pass


class F(O):
    pass


class G(O):
    pass


class H(O):
    pass


class K1(F, G):
    pass


class K2(G, H):
    pass


class Z(K1, K2):
    pass


print([k.__name__ for k in Z.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as exc:
    print("TypeError:", exc)
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))
print([k.__name__ for k in B.__bases__], D.__base__.__name__)
# The builtin types' MROs end at object, `type`'s included.
print(type.__mro__)
print(bool.__mro__, object.__mro__)
print(type.mro(type), isinstance(type, object), issubclass(type, object))
