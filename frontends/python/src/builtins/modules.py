# omx's Python standard modules written in Python (run after prelude.py,
# in the same `builtins` namespace): each registers a maker in
# __omx_module_makers that fills a module object on first import.

def __omx_make_functools(m):
    __omx_missing_init = object()

    def reduce(f, iterable, initial=__omx_missing_init):
        it = iter(iterable)
        if initial is __omx_missing_init:
            try:
                acc = next(it)
            except StopIteration:
                raise TypeError('reduce() of empty iterable with no initial value')
        else:
            acc = initial
        for x in it:
            acc = f(acc, x)
        return acc
    m.reduce = reduce

    class partial:
        def __init__(self, func, *args, **kw):
            self.func = func
            self.args = args
            self.keywords = kw

        def __call__(self, *args, **kw):
            merged = dict(self.keywords)
            merged.update(kw)
            return self.func(*self.args, *args, **merged)
    m.partial = partial

    def update_wrapper(wrapper, wrapped):
        for name in ('__name__', '__qualname__', '__doc__', '__module__'):
            try:
                setattr(wrapper, name, getattr(wrapped, name))
            except AttributeError:
                pass
        wrapper.__wrapped__ = wrapped
        return wrapper
    m.update_wrapper = update_wrapper

    def wraps(wrapped):
        return lambda wrapper: update_wrapper(wrapper, wrapped)
    m.wraps = wraps

    def total_ordering(cls):
        d = cls.__dict__
        if '__lt__' in d:
            if '__gt__' not in d:
                cls.__gt__ = lambda a, b: b < a
            if '__le__' not in d:
                cls.__le__ = lambda a, b: not (b < a)
            if '__ge__' not in d:
                cls.__ge__ = lambda a, b: not (a < b)
        elif '__gt__' in d:
            if '__lt__' not in d:
                cls.__lt__ = lambda a, b: b > a
            if '__ge__' not in d:
                cls.__ge__ = lambda a, b: not (b > a)
            if '__le__' not in d:
                cls.__le__ = lambda a, b: not (a > b)
        elif '__le__' in d:
            cls.__lt__ = lambda a, b: a <= b and not a == b
            cls.__gt__ = lambda a, b: not a <= b
            cls.__ge__ = lambda a, b: not a <= b or a == b
        return cls
    m.total_ordering = total_ordering

    def lru_cache(maxsize=128, typed=False):
        def decorate(f):
            cache = {}

            def cached(*args):
                if args in cache:
                    return cache[args]
                r = f(*args)
                cache[args] = r
                return r
            update_wrapper(cached, f)
            cached.cache_clear = cache.clear
            return cached
        if callable(maxsize):
            return decorate(maxsize)
        return decorate
    m.lru_cache = lru_cache
    m.cache = lru_cache(None)

    def cmp_to_key(cmp):
        class K:
            def __init__(self, obj):
                self.obj = obj

            def __lt__(self, other):
                return cmp(self.obj, other.obj) < 0
        return K
    m.cmp_to_key = cmp_to_key


__omx_module_makers['functools'] = __omx_make_functools


def __omx_make_itertools(m):
    def count(start=0, step=1):
        n = start
        while True:
            yield n
            n += step
    m.count = count

    def cycle(it):
        saved = list(it)
        while saved:
            for x in saved:
                yield x
    m.cycle = cycle

    def repeat(x, times=None):
        if times is None:
            while True:
                yield x
        for _ in range(times):
            yield x
    m.repeat = repeat

    def chain(*its):
        for it in its:
            for x in it:
                yield x
    chain.from_iterable = lambda its: chain(*its)
    m.chain = chain

    def islice(it, *args):
        s = slice(*args)
        start = s.start or 0
        stop = s.stop
        step = s.step or 1
        i = 0
        nxt = start
        for x in it:
            if stop is not None and i >= stop:
                return
            if i == nxt:
                yield x
                nxt += step
            i += 1
    m.islice = islice

    def accumulate(it, func=None, initial=None):
        acc = initial
        first = initial is None
        if initial is not None:
            yield initial
        for x in it:
            if first:
                acc = x
                first = False
            else:
                acc = acc + x if func is None else func(acc, x)
            yield acc
    m.accumulate = accumulate

    def product(*its, repeat=1):
        pools = [list(p) for p in its] * repeat
        result = [[]]
        for pool in pools:
            result = [r + [y] for r in result for y in pool]
        for r in result:
            yield tuple(r)
    m.product = product

    def permutations(it, r=None):
        pool = list(it)
        n = len(pool)
        r = n if r is None else r
        for idx in product(range(n), repeat=r):
            if len(set(idx)) == r:
                yield tuple(pool[i] for i in idx)
    m.permutations = permutations

    def combinations(it, r):
        pool = list(it)
        n = len(pool)
        for idx in permutations(range(n), r):
            if sorted(idx) == list(idx):
                yield tuple(pool[i] for i in idx)
    m.combinations = combinations

    def zip_longest(*its, fillvalue=None):
        iters = [iter(i) for i in its]
        while True:
            row = []
            live = 0
            for i in iters:
                try:
                    row.append(next(i))
                    live += 1
                except StopIteration:
                    row.append(fillvalue)
            if live == 0:
                return
            yield tuple(row)
    m.zip_longest = zip_longest

    def groupby(it, key=None):
        items = list(it)
        i = 0
        while i < len(items):
            k = items[i] if key is None else key(items[i])
            group = []
            while i < len(items) and (items[i] if key is None else key(items[i])) == k:
                group.append(items[i])
                i += 1
            yield (k, iter(group))
    m.groupby = groupby

    def takewhile(pred, it):
        for x in it:
            if not pred(x):
                return
            yield x
    m.takewhile = takewhile

    def dropwhile(pred, it):
        dropping = True
        for x in it:
            if dropping and pred(x):
                continue
            dropping = False
            yield x
    m.dropwhile = dropwhile
    m.starmap = lambda f, it: (f(*a) for a in it)
    m.compress = lambda data, selectors: (d for d, s in zip(data, selectors) if s)

    def filterfalse(pred, it):
        for x in it:
            if not (bool(x) if pred is None else pred(x)):
                yield x
    m.filterfalse = filterfalse

    def tee(it, n=2):
        # One shared iterator; each copy keeps the items it has not read yet.
        source = iter(it)
        queues = [[] for _ in range(n)]

        def copy(mine):
            while True:
                if not mine:
                    try:
                        x = next(source)
                    except StopIteration:
                        return
                    for q in queues:
                        q.append(x)
                yield mine.pop(0)
        return tuple(copy(q) for q in queues)
    m.tee = tee


__omx_module_makers['itertools'] = __omx_make_itertools


def __omx_make_operator(m):
    m.add = lambda a, b: a + b
    m.sub = lambda a, b: a - b
    m.mul = lambda a, b: a * b
    m.truediv = lambda a, b: a / b
    m.floordiv = lambda a, b: a // b
    m.mod = lambda a, b: a % b
    m.pow = lambda a, b: a ** b
    m.neg = lambda a: -a
    m.eq = lambda a, b: a == b
    m.ne = lambda a, b: a != b
    m.lt = lambda a, b: a < b
    m.le = lambda a, b: a <= b
    m.gt = lambda a, b: a > b
    m.ge = lambda a, b: a >= b
    m.not_ = lambda a: not a
    m.getitem = lambda a, b: a[b]
    m.contains = lambda a, b: b in a
    m.and_ = lambda a, b: a & b
    m.or_ = lambda a, b: a | b

    def itemgetter(*keys):
        if len(keys) == 1:
            k = keys[0]
            return lambda o: o[k]
        return lambda o: tuple(o[k] for k in keys)
    m.itemgetter = itemgetter

    def attrgetter(*names):
        def get(o, name):
            for part in name.split('.'):
                o = getattr(o, part)
            return o
        if len(names) == 1:
            return lambda o: get(o, names[0])
        return lambda o: tuple(get(o, n) for n in names)
    m.attrgetter = attrgetter
    m.methodcaller = lambda name, *a, **k: (lambda o: getattr(o, name)(*a, **k))


__omx_module_makers['operator'] = __omx_make_operator


def __omx_make_types(m):
    class SimpleNamespace:
        def __init__(self, **kw):
            for k in kw:
                setattr(self, k, kw[k])

        def __repr__(self):
            return 'namespace(' + ', '.join([k + '=' + repr(v) for k, v in vars(self).items()]) + ')'

        def __eq__(self, other):
            return type(other) is type(self) and vars(self) == vars(other)
    m.SimpleNamespace = SimpleNamespace
    m.MethodType = lambda f, obj: f.__get__(obj, type(obj))
    m.FunctionType = type(lambda: 0)


__omx_module_makers['types'] = __omx_make_types


def __omx_make_abc(m):
    def abstractmethod(f):
        f.__isabstractmethod__ = True
        return f
    m.abstractmethod = abstractmethod

    class ABCMeta(type):
        def __call__(cls, *args, **kw):
            missing = []
            for klass in cls.__mro__:
                for name in __omx_type_dir(klass):
                    v = getattr(cls, name, None)
                    if getattr(v, '__isabstractmethod__', False) and name not in missing:
                        missing.append(name)
            if missing:
                missing.sort()
                s = 's' if len(missing) > 1 else ''
                raise TypeError("Can't instantiate abstract class " + cls.__name__ +
                                ' with abstract method' + s + ' ' + ', '.join(missing))
            return super().__call__(*args, **kw)
    m.ABCMeta = ABCMeta

    class ABC(metaclass=ABCMeta):
        pass
    m.ABC = ABC


__omx_module_makers['abc'] = __omx_make_abc


def __omx_make_collections(m):
    class defaultdict(dict):
        def __init__(self, default_factory=None, *args, **kw):
            dict.__init__(self, *args, **kw)
            self.default_factory = default_factory

        def __missing__(self, key):
            if self.default_factory is None:
                raise KeyError(key)
            v = self.default_factory()
            self[key] = v
            return v

        def __repr__(self):
            f = self.default_factory
            fr = f.__name__ if isinstance(f, type) else repr(f)
            return 'defaultdict(<class \'' + fr + '\'>, ' + repr(dict(self)) + ')' if isinstance(f, type) else 'defaultdict(' + fr + ', ' + repr(dict(self)) + ')'
    m.defaultdict = defaultdict

    class OrderedDict(dict):
        def __repr__(self):
            if not self:
                return 'OrderedDict()'
            return 'OrderedDict(' + repr(list(self.items())) + ')'

        def move_to_end(self, key, last=True):
            v = self.pop(key)
            if last:
                self[key] = v
            else:
                items = list(self.items())
                self.clear()
                self[key] = v
                for k, x in items:
                    self[k] = x
    m.OrderedDict = OrderedDict

    class Counter(dict):
        def __init__(self, iterable=None, **kw):
            dict.__init__(self)
            if iterable is not None:
                self.update(iterable)
            for k in kw:
                self[k] = self.get(k, 0) + kw[k]

        def update(self, iterable):
            if isinstance(iterable, dict):
                for k in iterable:
                    self[k] = self.get(k, 0) + iterable[k]
            else:
                for x in iterable:
                    self[x] = self.get(x, 0) + 1

        def __missing__(self, key):
            return 0

        def most_common(self, n=None):
            items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
            return items if n is None else items[:n]

        def elements(self):
            for k, v in self.items():
                for _ in range(v):
                    yield k

        def total(self):
            return sum(self.values())

        def _combine(self, other, f):
            # CPython Counter.__add__/__sub__/__or__/__and__: positive
            # counts only, keys in first-seen order.
            if not isinstance(other, Counter):
                return NotImplemented
            r = Counter()
            for k in list(self) + [k for k in other if k not in self]:
                n = f(self[k], other[k])
                if n > 0:
                    r[k] = n
            return r

        def __add__(self, other):
            return self._combine(other, lambda a, b: a + b)

        def __sub__(self, other):
            return self._combine(other, lambda a, b: a - b)

        def __or__(self, other):
            return self._combine(other, max)

        def __and__(self, other):
            return self._combine(other, min)

        def __repr__(self):
            if not self:
                return 'Counter()'
            return 'Counter({' + ', '.join([repr(k) + ': ' + repr(v) for k, v in self.most_common()]) + '})'
    m.Counter = Counter

    class deque:
        def __init__(self, iterable=(), maxlen=None):
            self.maxlen = maxlen
            self._items = []
            for x in iterable:
                self.append(x)

        def append(self, x):
            self._items.append(x)
            if self.maxlen is not None and len(self._items) > self.maxlen:
                self._items.pop(0)

        def appendleft(self, x):
            self._items.insert(0, x)
            if self.maxlen is not None and len(self._items) > self.maxlen:
                self._items.pop()

        def pop(self):
            if not self._items:
                raise IndexError('pop from an empty deque')
            return self._items.pop()

        def popleft(self):
            if not self._items:
                raise IndexError('pop from an empty deque')
            return self._items.pop(0)

        def extend(self, it):
            for x in it:
                self.append(x)

        def extendleft(self, it):
            for x in it:
                self.appendleft(x)

        def rotate(self, n=1):
            if self._items:
                n = n % len(self._items)
                self._items[:] = self._items[-n:] + self._items[:-n]

        def clear(self):
            self._items.clear()

        def __len__(self):
            return len(self._items)

        def __iter__(self):
            return iter(list(self._items))

        def __getitem__(self, i):
            return self._items[i]

        def __bool__(self):
            return len(self._items) > 0

        def __eq__(self, other):
            return isinstance(other, deque) and self._items == other._items

        def __repr__(self):
            if self.maxlen is None:
                return 'deque(' + repr(self._items) + ')'
            return 'deque(' + repr(self._items) + ', maxlen=' + str(self.maxlen) + ')'
    m.deque = deque

    def namedtuple(typename, field_names, defaults=None):
        if isinstance(field_names, str):
            field_names = field_names.replace(',', ' ').split()
        fields = tuple(field_names)

        def __init__(self, *args, **kw):
            values = list(args)
            for f in fields[len(args):]:
                if f in kw:
                    values.append(kw[f])
                elif defaults is not None and len(fields) - fields.index(f) <= len(defaults):
                    values.append(defaults[len(defaults) - (len(fields) - fields.index(f))])
                else:
                    raise TypeError(typename + ".__new__() missing 1 required positional argument: '" + f + "'")
            object.__setattr__(self, '_values', tuple(values))
            for f, v in zip(fields, values):
                object.__setattr__(self, f, v)

        def __repr__(self):
            return typename + '(' + ', '.join([f + '=' + repr(getattr(self, f)) for f in fields]) + ')'

        def __iter__(self):
            return iter(self._values)

        def __getitem__(self, i):
            return self._values[i]

        def __len__(self):
            return len(fields)

        def __eq__(self, other):
            return tuple(self) == tuple(other)

        def __hash__(self):
            return hash(self._values)

        def _asdict(self):
            return {f: getattr(self, f) for f in fields}

        def _replace(self, **kw):
            d = self._asdict()
            d.update(kw)
            return cls(**d)

        ns = {'__init__': __init__, '__repr__': __repr__, '__iter__': __iter__,
              '__getitem__': __getitem__, '__len__': __len__, '__eq__': __eq__,
              '__hash__': __hash__, '_asdict': _asdict, '_replace': _replace,
              '_fields': fields}
        cls = type(typename, (tuple,) if False else (), ns)
        return cls
    m.namedtuple = namedtuple


__omx_module_makers['collections'] = __omx_make_collections


def __omx_make_dataclasses(m):
    __omx_no_default = object()

    class Field:
        def __init__(self, default, default_factory, repr_, compare):
            self.default = default
            self.default_factory = default_factory
            self.repr = repr_
            self.compare = compare

    def field(default=__omx_no_default, default_factory=None, repr=True, compare=True):
        return Field(default, default_factory, repr, compare)
    m.field = field

    class FrozenInstanceError(AttributeError):
        pass
    m.FrozenInstanceError = FrozenInstanceError

    def dataclass(cls=None, frozen=False, order=False, eq=True):
        def wrap(cls):
            ann = cls.__dict__.get('__annotations__', {})
            names = list(ann)
            # The fields of dataclass bases come first, in MRO order from
            # the most basic; a redefined field keeps its place.
            specs = []
            for base in reversed(cls.__mro__[1:]):
                for spec in base.__dict__.get('__omx_dc_specs', ()):
                    specs = [x for x in specs if x[0] != spec[0]] + [spec]
            own = []
            for n in names:
                v = cls.__dict__.get(n, __omx_no_default)
                if isinstance(v, Field):
                    own.append((n, v.default, v.default_factory, v.repr, v.compare))
                    if v.default is not __omx_no_default:
                        setattr(cls, n, v.default)
                else:
                    own.append((n, v, None, True, True))
            for spec in own:
                if any(x[0] == spec[0] for x in specs):
                    specs = [spec if x[0] == spec[0] else x for x in specs]
                else:
                    specs.append(spec)
            cls.__omx_dc_specs = specs

            def __init__(self, *args, **kw):
                args = list(args)
                for n, d, fac, r, c in specs:
                    if args:
                        v = args.pop(0)
                    elif n in kw:
                        v = kw[n]
                    elif fac is not None:
                        v = fac()
                    elif d is not __omx_no_default:
                        v = d
                    else:
                        raise TypeError('__init__() missing 1 required positional argument: ' + repr(n))
                    object.__setattr__(self, n, v)
                post = getattr(self, '__post_init__', None)
                if post is not None:
                    post()

            def __repr__(self):
                return cls.__name__ + '(' + ', '.join([n + '=' + repr(getattr(self, n)) for n, d, f, r, c in specs if r]) + ')'

            def key(self):
                return tuple(getattr(self, n) for n, d, f, r, c in specs if c)

            cls.__init__ = __init__
            if '__repr__' not in cls.__dict__:
                cls.__repr__ = __repr__
            if eq:
                cls.__eq__ = lambda a, b: type(a) is type(b) and key(a) == key(b)
                cls.__hash__ = None
            if order:
                cls.__lt__ = lambda a, b: key(a) < key(b)
                cls.__le__ = lambda a, b: key(a) <= key(b)
                cls.__gt__ = lambda a, b: key(a) > key(b)
                cls.__ge__ = lambda a, b: key(a) >= key(b)
            if frozen:
                def __setattr__(self, name, value):
                    raise FrozenInstanceError("cannot assign to field '" + name + "'")
                cls.__setattr__ = __setattr__
                cls.__hash__ = lambda self: hash(key(self))
            return cls
        if cls is None:
            return wrap
        return wrap(cls)
    m.dataclass = dataclass
    m.fields = lambda obj: [Field(None, None, True, True)]


__omx_module_makers['dataclasses'] = __omx_make_dataclasses
