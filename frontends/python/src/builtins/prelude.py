# omx's Python builtins written in Python. This module runs once with
# `builtins` as its namespace; lowered code and the core's rules call the
# helpers named __omx_* and those listed in builtins/mod.rs HELPERS.

# The native subclass test (no __subclasscheck__), which class creation's
# metaclass calculation uses as CPython's PyType_IsSubtype does.
__omx_issubclass = issubclass


def __build_class__(body, name, *bases, metaclass=None, **kw):
    if metaclass is None:
        metaclass = type
        for b in bases:
            mt = type(b)
            if __omx_issubclass(mt, metaclass):
                metaclass = mt
    prep = getattr(metaclass, '__prepare__', None)
    if prep is not None:
        ns = prep(name, bases, **kw)
    else:
        ns = {}
    setter = body(ns)
    cls = metaclass(name, bases, ns, **kw)
    setter(cls)
    for k, v in list(ns.items()):
        sn = getattr(type(v), '__set_name__', None)
        if sn is not None:
            sn(v, cls, k)
    if bases:
        isc = getattr(super(cls, cls), '__init_subclass__', None)
        if isc is not None:
            if metaclass is type:
                isc(**kw)
            else:
                isc()
    return cls


def call_kw(f, a, k):
    return f(*a, **k)


def __omx_displayhook(value):
    # sys.displayhook (Python/sysmodule.c): an interactive input's
    # expression statement shows its repr, and `_` holds the last value.
    global _
    if value is None:
        return
    _ = None
    print(repr(value))
    _ = value


def __omx_collect(it):
    r = []
    for x in it:
        r.append(x)
    return r


def __omx_seq(x):
    if type(x) is list or type(x) is tuple:
        return x
    return __omx_collect(x)


def __omx_kwargs(x):
    if type(x) is dict:
        return x
    d = {}
    for k in x.keys():
        d[k] = x[k]
    return d


# CPython SystemExit.code: the argument, None without one, all of them
# when there are several.
SystemExit.code = property(
    lambda self: None if not self.args else (self.args[0] if len(self.args) == 1 else self.args))


def __omx_int_bit_length(n):
    # CPython int.bit_length: bits of abs(n), without sign and zeros.
    n = abs(n)
    bits = 0
    while n >= 1 << 32:
        n >>= 32
        bits += 32
    while n:
        n >>= 1
        bits += 1
    return bits


def __omx_float_is_integer(x):
    return x == x and x - x == 0 and x == int(x)


def __omx_float_as_integer_ratio(x):
    # CPython float.as_integer_ratio: the exact fraction, lowest terms
    # (the denominator is a power of two).
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if x - x != 0:
        raise OverflowError("cannot convert Infinity to integer ratio")
    d = 1
    while x != int(x):
        x *= 2
        d *= 2
    n = int(x)
    while d > 1 and n % 2 == 0:
        n //= 2
        d //= 2
    return (n, d)


int.bit_length = __omx_int_bit_length
float.is_integer = __omx_float_is_integer
float.as_integer_ratio = __omx_float_as_integer_ratio


def __omx_call_iter(f, sentinel):
    if not callable(f):
        raise TypeError("iter(v, w): v must be callable")
    while True:
        v = f()
        if v == sentinel:
            return
        yield v


def __omx_set_doc(f, doc):
    f.__doc__ = doc
    return f


def __omx_yf_step(it, mode, arg):
    # One step of `yield from it` (PEP 380): mode 0 sends `arg` (`None`:
    # next), mode 1 throws the exception `arg` in. StopIteration ends the
    # delegation (the lowering takes its value).
    if mode == 1:
        if isinstance(arg, GeneratorExit):
            close = getattr(it, 'close', None)
            if close is not None:
                close()
            raise arg
        throw = getattr(it, 'throw', None)
        if throw is None:
            raise arg
        return throw(arg)
    if arg is None:
        return next(it)
    return it.send(arg)


def isinstance(obj, cls):
    # CPython PyObject_IsInstance: an exact type is an instance at once; a
    # tuple asks for each item; a metaclass may answer (__instancecheck__).
    if type(obj) is cls:
        return True
    mt = type(cls)
    if mt is tuple:
        for c in cls:
            if isinstance(obj, c):
                return True
        return False
    if mt is not type:
        ic = getattr(mt, '__instancecheck__', None)
        if ic is not None:
            return bool(ic(cls, obj))
    return __omx_isinstance(obj, cls)


def issubclass(sub, cls):
    # CPython PyObject_IsSubclass: a tuple asks for each item; a metaclass
    # may answer (__subclasscheck__).
    mt = type(cls)
    if mt is tuple:
        for c in cls:
            if issubclass(sub, c):
                return True
        return False
    if mt is not type:
        sc = getattr(mt, '__subclasscheck__', None)
        if sc is not None:
            return bool(sc(cls, sub))
    return __omx_issubclass(sub, cls)


class __omx_Stream:
    def __init__(self, fd):
        self.fd = fd

    def write(self, s):
        __omx_write(s, self.fd)
        return len(s)

    def flush(self):
        pass


def print(*args, sep=' ', end='\n', file=None, flush=False):
    if sep is None:
        sep = ' '
    if end is None:
        end = '\n'
    s = sep.join([str(a) for a in args]) + end
    if file is None:
        __omx_write(s, 1)
    else:
        file.write(s)


def repr_slow(v):
    if isinstance(v, list):
        return '[' + ', '.join([repr(x) for x in v]) + ']'
    if isinstance(v, tuple):
        if len(v) == 1:
            return '(' + repr(v[0]) + ',)'
        return '(' + ', '.join([repr(x) for x in v]) + ')'
    if isinstance(v, dict):
        return '{' + ', '.join([repr(k) + ': ' + repr(v[k]) for k in v]) + '}'
    if isinstance(v, (set, frozenset)):
        if len(v) == 0:
            return type(v).__name__ + '()'
        body = '{' + ', '.join([repr(x) for x in v]) + '}'
        if type(v) is set:
            return body
        return type(v).__name__ + '(' + body + ')'
    if type(v).__name__ == 'method':
        return '<bound method ' + v.__func__.__qualname__ + ' of ' + repr(v.__self__) + '>'
    if isinstance(v, BaseException):
        return type(v).__name__ + repr(v.args) if len(v.args) != 1 else type(v).__name__ + '(' + repr(v.args[0]) + ')'
    return object.__repr__(v)


class dict_keys(list):
    def __repr__(self):
        return 'dict_keys(' + repr(list(self)) + ')'


class dict_values(list):
    def __repr__(self):
        return 'dict_values(' + repr(list(self)) + ')'


class dict_items(list):
    def __repr__(self):
        return 'dict_items(' + repr(list(self)) + ')'


def contains_slow(c, x):
    for v in c:
        if v is x or v == x:
            return True
    return False


def seq_iter(obj):
    i = 0
    while True:
        try:
            v = obj[i]
        except IndexError:
            return
        yield v
        i += 1


def list_set_slice(l, sl, values):
    values = list(values)
    n = len(l)
    start, stop, step = sl.start, sl.stop, sl.step
    if step is None or step == 1:
        if start is None:
            start = 0
        elif start < 0:
            start = max(0, start + n)
        if stop is None:
            stop = n
        elif stop < 0:
            stop = max(0, stop + n)
        start = min(start, n)
        stop = max(min(stop, n), start)
        tail = l[stop:]
        head = l[:start]
        l.clear()
        l.extend(head)
        l.extend(values)
        l.extend(tail)
        return
    idx = list(range(n))[sl]
    if len(idx) != len(values):
        raise ValueError('attempt to assign sequence of size ' + str(len(values)) + ' to extended slice of size ' + str(len(idx)))
    for i, v in zip(idx, values):
        l[i] = v


def list_del_slice(l, sl):
    idx = set(list(range(len(l)))[sl])
    keep = [x for i, x in enumerate(l) if i not in idx]
    l.clear()
    l.extend(keep)


def set_op(code, a, b):
    if code == 8:
        r = set(a)
        for x in b:
            r.add(x)
        if type(a) is frozenset:
            return frozenset(r)
        return r
    r = set()
    if code == 7:
        for x in a:
            if x in b:
                r.add(x)
    elif code == 1:
        for x in a:
            if x not in b:
                r.add(x)
    else:
        for x in a:
            if x not in b:
                r.add(x)
        for x in b:
            if x not in a:
                r.add(x)
    if type(a) is frozenset:
        return frozenset(r)
    return r


def __omx_set_union(self, *others):
    r = self.copy()
    for o in others:
        for x in o:
            r.add(x)
    return r


def __omx_set_intersection(self, *others):
    r = self.copy()
    for o in others:
        r = set_op(7, r, set(o))
    return r


def __omx_set_difference(self, *others):
    r = self.copy()
    for o in others:
        r = set_op(1, r, set(o))
    return r


def __omx_set_update(self, *others):
    for o in others:
        for x in o:
            self.add(x)


def __omx_set_inplace(code, self, other):
    # CPython set_ior (8), set_iand (7), set_isub (1), set_ixor (9): the
    # same set, changed in place.
    if not isinstance(other, (set, frozenset)):
        return NotImplemented
    if code == 8:
        for x in other:
            self.add(x)
    elif code == 7:
        for x in [x for x in self if x not in other]:
            self.discard(x)
    elif other is self:
        self.clear()
    elif code == 1:
        for x in other:
            self.discard(x)
    else:
        for x in other:
            if x in self:
                self.discard(x)
            else:
                self.add(x)
    return self


set.__ior__ = lambda self, other: __omx_set_inplace(8, self, other)
set.__iand__ = lambda self, other: __omx_set_inplace(7, self, other)
set.__isub__ = lambda self, other: __omx_set_inplace(1, self, other)
set.__ixor__ = lambda self, other: __omx_set_inplace(9, self, other)
set.union = __omx_set_union
set.intersection = __omx_set_intersection
set.difference = __omx_set_difference
set.symmetric_difference = lambda self, o: set_op(9, self, set(o))
set.update = __omx_set_update
set.issubset = lambda self, o: all(x in o for x in self)
set.issuperset = lambda self, o: all(x in self for x in o)
set.isdisjoint = lambda self, o: not any(x in self for x in o)
frozenset.union = __omx_set_union
frozenset.intersection = __omx_set_intersection
frozenset.difference = __omx_set_difference
frozenset.issubset = lambda self, o: all(x in o for x in self)
frozenset.issuperset = lambda self, o: all(x in self for x in o)


def __omx_dict_update(d, *args, **kw):
    if args:
        src = args[0]
        if hasattr(src, 'keys'):
            for k in src.keys():
                d[k] = src[k]
        else:
            for k, v in src:
                d[k] = v
    for k in kw:
        d[k] = kw[k]
    return d


def __omx_dict_update_none(d, *args, **kw):
    __omx_dict_update(d, *args, **kw)


dict.update = __omx_dict_update_none


def __omx_dict_init(d, src, kw):
    if src is not None:
        __omx_dict_update(d, src)
    if kw is not None:
        __omx_dict_update(d, kw)
    return d


def __omx_dict_fromkeys(keys, value=None):
    d = {}
    for k in keys:
        d[k] = value
    return d


dict.fromkeys = staticmethod(__omx_dict_fromkeys)


def __omx_list_extend(l, it):
    for x in it:
        l.append(x)


def __omx_list_iadd(l, it):
    __omx_list_extend(l, it)
    return l


def __omx_list_remove(l, x):
    for i in range(len(l)):
        if l[i] == x:
            del l[i]
            return
    raise ValueError('list.remove(x): x not in list')


def __omx_seq_index(l, x, *rest):
    for i in range(len(l)):
        if l[i] == x:
            return i
    raise ValueError(repr(x) + ' is not in list')


def __omx_seq_count(l, x):
    n = 0
    for v in l:
        if v == x:
            n += 1
    return n


def __omx_merge_sort(items, lt):
    n = len(items)
    if n <= 1:
        return items
    mid = n // 2
    a = __omx_merge_sort(items[:mid], lt)
    b = __omx_merge_sort(items[mid:], lt)
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if lt(b[j], a[i]):
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def __omx_list_sort(l, key=None, reverse=False):
    if key is None:
        pairs = [(x, x) for x in l]
    else:
        pairs = [(key(x), x) for x in l]
    if reverse:
        pairs.reverse()
        r = __omx_merge_sort(pairs, lambda p, q: p[0] < q[0])
        r.reverse()
    else:
        r = __omx_merge_sort(pairs, lambda p, q: p[0] < q[0])
    l.clear()
    l.extend([p[1] for p in r])


def __omx_join(sep, it):
    return sep.join(list(it))


def sorted(iterable, key=None, reverse=False):
    r = list(iterable)
    r.sort(key=key, reverse=reverse)
    return r


def reversed(seq):
    rev = getattr(type(seq), '__reversed__', None)
    if rev is not None:
        return rev(seq)
    r = list(seq)
    r.reverse()
    return iter(r)


def enumerate(iterable, start=0):
    i = start
    for x in iterable:
        yield (i, x)
        i += 1


def zip(*iterables, strict=False):
    if not iterables:
        return
    its = [iter(x) for x in iterables]
    while True:
        item = []
        for it in its:
            try:
                item.append(next(it))
            except StopIteration:
                return
        yield tuple(item)


def map(f, *iterables):
    if len(iterables) == 1:
        for x in iterables[0]:
            yield f(x)
        return
    for args in zip(*iterables):
        yield f(*args)


def filter(f, iterable):
    for x in iterable:
        if f is None:
            if x:
                yield x
        elif f(x):
            yield x


def any(iterable):
    for x in iterable:
        if x:
            return True
    return False


def all(iterable):
    for x in iterable:
        if not x:
            return False
    return True


def sum(iterable, start=0):
    total = start
    for x in iterable:
        total = total + x
    return total


__omx_missing = object()


def __omx_minmax(args, key, default, less, name):
    if len(args) == 1:
        items = list(args[0])
    else:
        items = list(args)
    if not items:
        if default is __omx_missing:
            raise ValueError(name + '() arg is an empty sequence')
        return default
    best = items[0]
    bk = best if key is None else key(best)
    for x in items[1:]:
        k = x if key is None else key(x)
        if less(k, bk):
            best = x
            bk = k
    return best


def min(*args, key=None, default=__omx_missing):
    return __omx_minmax(args, key, default, lambda a, b: a < b, 'min')


def max(*args, key=None, default=__omx_missing):
    return __omx_minmax(args, key, default, lambda a, b: a > b, 'max')


def divmod(a, b):
    return (a // b, a % b)


def pow(a, b, mod=None):
    if mod is None:
        return a ** b
    r = 1
    a = a % mod
    while b > 0:
        if b & 1:
            r = r * a % mod
        a = a * a % mod
        b >>= 1
    return r


def hasattr(obj, name):
    try:
        getattr(obj, name)
        return True
    except AttributeError:
        return False


def dir(obj=None):
    names = set()
    if isinstance(obj, type):
        for c in obj.__mro__:
            for n in __omx_type_dir(c):
                names.add(n)
    else:
        try:
            for n in obj.__dict__:
                names.add(n)
        except AttributeError:
            pass
        for c in type(obj).__mro__:
            for n in __omx_type_dir(c):
                names.add(n)
    return sorted(names)


def __omx_enter(m):
    f = getattr(type(m), '__enter__', None)
    if f is None:
        raise TypeError("'" + type(m).__name__ + "' object does not support the context manager protocol")
    return f(m)


def __omx_exit(m, e):
    f = type(m).__exit__
    if e is None:
        f(m, None, None, None)
        return False
    return f(m, type(e), e, None)


def __omx_str_format(fmt, *args, **kw):
    out = []
    i = 0
    n = len(fmt)
    auto = 0
    while i < n:
        c = fmt[i]
        if c == '{':
            if i + 1 < n and fmt[i + 1] == '{':
                out.append('{')
                i += 2
                continue
            j = fmt.find('}', i)
            depth = 0
            k = i + 1
            while k < n:
                if fmt[k] == '{':
                    depth += 1
                elif fmt[k] == '}':
                    if depth == 0:
                        break
                    depth -= 1
                k += 1
            j = k
            field = fmt[i + 1:j]
            spec = ''
            conv = None
            if ':' in field:
                field, spec = field.split(':', 1)
                if '{' in spec:
                    spec = __omx_str_format(spec, *args, **kw)
            if '!' in field:
                field, conv = field.split('!', 1)
            name = field
            rest = ''
            for p in range(len(field)):
                if field[p] in '.[':
                    name = field[:p]
                    rest = field[p:]
                    break
            if name == '':
                v = args[auto]
                auto += 1
            elif name.isdigit():
                v = args[int(name)]
            else:
                v = kw[name]
            while rest:
                if rest[0] == '.':
                    m = 1
                    while m < len(rest) and rest[m] not in '.[':
                        m += 1
                    v = getattr(v, rest[1:m])
                    rest = rest[m:]
                else:
                    m = rest.find(']')
                    key = rest[1:m]
                    v = v[int(key)] if key.isdigit() else v[key]
                    rest = rest[m + 1:]
            if conv == 'r':
                v = repr(v)
            elif conv == 's':
                v = str(v)
            out.append(format(v, spec))
            i = j + 1
        elif c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 1
            out.append('}')
            i += 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


str.format = __omx_str_format
str.format_map = lambda self, m: __omx_str_format(self, **m)


def percent_format(fmt, args):
    if type(args) is not tuple:
        args = (args,)
    out = []
    i = 0
    n = len(fmt)
    ai = 0
    while i < n:
        c = fmt[i]
        if c != '%':
            out.append(c)
            i += 1
            continue
        i += 1
        if fmt[i] == '%':
            out.append('%')
            i += 1
            continue
        key = None
        if fmt[i] == '(':
            j = fmt.find(')', i)
            key = fmt[i + 1:j]
            i = j + 1
        flags = ''
        while fmt[i] in '-+ 0#':
            flags += fmt[i]
            i += 1
        width = ''
        while fmt[i].isdigit() or fmt[i] == '*':
            if fmt[i] == '*':
                width += str(args[ai])
                ai += 1
            else:
                width += fmt[i]
            i += 1
        prec = None
        if fmt[i] == '.':
            i += 1
            prec = ''
            while fmt[i].isdigit():
                prec += fmt[i]
                i += 1
        conv = fmt[i]
        i += 1
        if key is not None:
            v = args[0][key]
        else:
            if ai >= len(args):
                raise TypeError('not enough arguments for format string')
            v = args[ai]
            ai += 1
        if conv == 's':
            s = str(v)
            if prec is not None:
                s = s[:int(prec)]
        elif conv == 'r':
            s = repr(v)
        elif conv in 'di':
            s = format(int(v), ('+' if '+' in flags else '') + ('0' + width if '0' in flags and '-' not in flags and width else ''))
            width = width if '0' not in flags else ''
        elif conv in 'fFeEgG':
            sp = ('+' if '+' in flags else '') + ('0' + width if '0' in flags and '-' not in flags and width else '') + '.' + (prec if prec is not None else '6') + conv
            s = format(float(v), sp)
            width = width if '0' not in flags else ''
        elif conv in 'xXob':
            s = format(v, ('#' if '#' in flags else '') + conv)
        elif conv == 'c':
            s = v if type(v) is str else chr(v)
        else:
            raise ValueError("unsupported format character '" + conv + "'")
        if width:
            w = int(width)
            if '-' in flags:
                s = s.ljust(w)
            else:
                s = s.rjust(w)
        out.append(s)
    if ai < len(args) and type(args) is tuple and not (len(args) == 1 and isinstance(args[0], dict)):
        raise TypeError('not all arguments converted during string formatting')
    return ''.join(out)


def __omx_import_from(m, name):
    try:
        return getattr(m, name)
    except AttributeError:
        raise ImportError("cannot import name '" + name + "' from '" + m.__name__ + "'")


class __omx_module:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return "<module '" + self.__name__ + "'>"


__omx_modules = {}


def __omx_import(name):
    m = __omx_modules.get(name)
    if m is not None:
        return m
    maker = __omx_module_makers.get(name)
    if maker is None:
        raise ModuleNotFoundError("No module named '" + name + "' (not supported by omx)")
    m = __omx_module(name)
    maker(m)
    __omx_modules[name] = m
    return m


__omx_module_makers = {}


dict.__or__ = lambda a, b: __omx_dict_update(dict(a), b)
dict.__ior__ = lambda a, b: __omx_dict_update(a, b)


def __omx_slice_indices(self, n):
    step = 1 if self.step is None else self.step
    if step > 0:
        start = 0 if self.start is None else (max(0, self.start + n) if self.start < 0 else min(self.start, n))
        stop = n if self.stop is None else (max(0, self.stop + n) if self.stop < 0 else min(self.stop, n))
    else:
        start = n - 1 if self.start is None else (max(-1, self.start + n) if self.start < 0 else min(self.start, n - 1))
        stop = -1 if self.stop is None else (max(-1, self.stop + n) if self.stop < 0 else min(self.stop, n - 1))
    return (start, stop, step)


slice.indices = __omx_slice_indices


def __omx_make_math(m):
    m.pi = 3.141592653589793
    m.e = 2.718281828459045
    m.tau = 6.283185307179586
    m.inf = float('inf')
    m.nan = float('nan')
    for name in ['sqrt', 'exp', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
                 'sinh', 'cosh', 'tanh', 'fabs', 'floor', 'ceil', 'trunc', 'isnan', 'isinf',
                 'isfinite', 'degrees', 'radians']:
        setattr(m, name, __omx_math_fn(name))
    m.log = lambda x, base=None: __omx_math('log', x) if base is None else __omx_math('log', x, base)
    m.atan2 = lambda y, x: __omx_math('atan2', y, x)
    m.hypot = lambda x, y: __omx_math('hypot', x, y)
    m.pow = lambda x, y: __omx_math('pow', x, y)
    m.fmod = lambda x, y: __omx_math('fmod', x, y)

    def gcd(*ns):
        g = 0
        for n in ns:
            a, b = abs(g), abs(n)
            while b:
                a, b = b, a % b
            g = a
        return g
    m.gcd = gcd

    def factorial(n):
        if n < 0:
            raise ValueError('factorial() not defined for negative values')
        r = 1
        for i in range(2, n + 1):
            r *= i
        return r
    m.factorial = factorial

    def comb(n, k):
        if k < 0 or k > n:
            return 0
        r = 1
        for i in range(1, k + 1):
            r = r * (n - k + i) // i
        return r
    m.comb = comb

    def prod(it, start=1):
        r = start
        for x in it:
            r *= x
        return r
    m.prod = prod
    m.isclose = lambda a, b, rel_tol=1e-09, abs_tol=0.0: abs(a - b) <= max(rel_tol * max(abs(a), abs(b)), abs_tol)
    m.fsum = lambda it: sum(it, 0.0)
    m.isqrt = lambda n: int(__omx_math('sqrt', n))
    m.copysign = lambda x, y: abs(x) if y >= 0 else -abs(x)


def __omx_math_fn(name):
    return lambda x: __omx_math(name, x)


__omx_module_makers['math'] = __omx_make_math


def __omx_make_sys(m):
    m.argv = ['']
    m.stdout = __omx_Stream(1)
    m.stderr = __omx_Stream(2)
    m.maxsize = 9223372036854775807
    m.version = '3.11.0 (omx)'
    m.version_info = (3, 11, 0)
    m.platform = 'omx'
    m.getrecursionlimit = lambda: 1000
    m.setrecursionlimit = lambda n: None

    def exit(code=0):
        raise SystemExit(code)
    m.exit = exit
    m.modules = __omx_modules


__omx_module_makers['sys'] = __omx_make_sys


def ascii(x):
    return __omx_ascii(repr(x))


def ascii(x):
    return __omx_ascii(repr(x))


def index_get(obj, key):
    return obj[key.__index__()]


def __omx_method_eq(a, b):
    if type(b).__name__ != 'method':
        return NotImplemented
    return a.__func__ is b.__func__ and a.__self__ is b.__self__


class __omx_probe:
    def m(self):
        pass


type(__omx_probe().m).__eq__ = __omx_method_eq


def __omx_dict_init_m(self, *args, **kw):
    __omx_dict_update(self, *args, **kw)


def __omx_list_init_m(self, it=()):
    self.clear()
    self.extend(it)


def __omx_set_init_m(self, it=()):
    for x in it:
        self.add(x)


dict.__init__ = __omx_dict_init_m
list.__init__ = __omx_list_init_m
set.__init__ = __omx_set_init_m
dict.__setitem__ = lambda self, k, v: __omx_setitem(self, k, v)
dict.__getitem__ = lambda self, k: __omx_getitem(self, k)
dict.__delitem__ = lambda self, k: __omx_delitem(self, k)
list.__setitem__ = lambda self, k, v: __omx_setitem(self, k, v)
list.__getitem__ = lambda self, k: __omx_getitem(self, k)


def __omx_imatmul(a, b):
    f = getattr(type(a), '__imatmul__', None)
    if f is not None:
        r = f(a, b)
        if r is not NotImplemented:
            return r
    return __omx_matmul(a, b)


def __omx_index_arg(f):
    def through_index(x):
        if type(x) is not int and type(x) is not bool:
            ix = getattr(type(x), '__index__', None)
            if ix is not None:
                x = ix(x)
        return f(x)
    return through_index


bin = __omx_index_arg(bin)
hex = __omx_index_arg(hex)
oct = __omx_index_arg(oct)


def hashed_key(d, key):
    h = hash(key)
    for k in __omx_raw_keys(d):
        if k is key:
            return k
        if hash(k) == h and k == key:
            return k
    return key


def __omx_set_fill(s, items):
    for x in items:
        __omx_set_add_raw(s, hashed_key(s, x))
    return s




def __omx_annotate(ns, name, ann):
    if '__annotations__' not in ns:
        ns['__annotations__'] = {}
    ns['__annotations__'][name] = ann
