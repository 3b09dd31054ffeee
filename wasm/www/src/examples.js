// The essay's examples, written fresh for each language (files in
// ../examples, bundled as text; the browser tests run each one and compare
// its output with `omx run` of the same file).
import dogLua from '../examples/dog.lua';
import extendLua from '../examples/extend.lua';
import vectorLua from '../examples/vector.lua';
import dogPy from '../examples/dog.py';
import vectorPy from '../examples/vector.py';
import dogJs from '../examples/dog.js';
import protoJs from '../examples/proto.js';
import proxyJs from '../examples/proxy.js';
import isaPl from '../examples/isa.pl';
import autoloadPl from '../examples/autoload.pl';
import vectorPl from '../examples/vector.pl';

// file, language, title, source, an expression to explain, a value to draw
export const EXAMPLES = [
  ['dog.lua', 'lua', 'Lua: Dog with a metatable', dogLua, 'mydog.bark', 'mydog'],
  ['extend.lua', 'lua', 'Lua: Object:extend', extendLua, 'cat.cry', 'cat'],
  ['vector.lua', 'lua', 'Lua: Vector with __index function', vectorLua, 'vec.magnitude', 'vec'],
  ['dog.py', 'python', 'Python: Dog, a class attribute', dogPy, 'mydog.bark', 'mydog'],
  ['vector.py', 'python', 'Python: Vector, property and descriptor', vectorPy, 's.factor', 's'],
  ['dog.js', 'js', 'JavaScript: Dog, Object.create', dogJs, 'mydog.bark', 'mydog'],
  ['proto.js', 'js', 'JavaScript: prototype chain and getter', protoJs, 'vec.magnitude', 'v3'],
  ['proxy.js', 'js', 'JavaScript: a logging Proxy', proxyJs, 'logged.name', 'logged'],
  ['isa.pl', 'perl', 'Perl: blessed hash and @ISA', isaPl, '$cat->cry', '$cat'],
  ['autoload.pl', 'perl', 'Perl: AUTOLOAD', autoloadPl, '$vec->y', '$vec'],
  ['vector.pl', 'perl', 'Perl: Vector with use overload', vectorPl, '$vec->magnitude', '$vec'],
].map(([file, lang, title, source, explain, graph]) => ({ file, lang, title, source, explain, graph }));
