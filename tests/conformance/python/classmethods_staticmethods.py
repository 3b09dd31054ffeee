class Date:
    separator = "-"

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split(cls.separator)))

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m:02}, {self.d:02})"


class SlashDate(Date):
    separator = "/"


print(Date.parse("2024-02-29"), SlashDate.parse("1999/12/31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(type(Date.__dict__["parse"]).__name__, type(Date.__dict__["is_leap"]).__name__)
bound = SlashDate.parse
print(bound.__self__.__name__, bound("2020/1/2"))
print([Date.is_leap(y) for y in range(1996, 2005)])
