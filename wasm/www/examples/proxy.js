// A Proxy wraps an object and intercepts what is done to it: here
// every read and write is logged, then forwarded with Reflect.
var target = { name: 'Rex', barks: 0 };

var logged = new Proxy(target, {
  get(obj, key, receiver) {
    console.log('get', String(key));
    return Reflect.get(obj, key, receiver);
  },
  set(obj, key, value, receiver) {
    console.log('set', String(key), '=', value);
    return Reflect.set(obj, key, value, receiver);
  },
});

logged.barks = logged.barks + 1;
logged.barks += 1;
console.log(target.barks);          // 2: the target changed
console.log('name' in logged, logged.name);
