// Named backreferences after non-capturing groups and lookarounds (regress
// 0.10 indexed the wrong group here and crashed the process).
const cases = [
  [/(?:x)(?<n>a)\k<n>/, "xaa"],
  [/(?=x)x(?<w>b+)-\k<w>/, "xbb-bb"],
  [/(?:(?<q>['"]))(?<body>.*?)\k<q>/, `say "hi" and 'yo'`],
  [/(?<!z)(?<d>\d)\k<d>/, "z11 22"],
];
for (const [re, s] of cases) {
  const m = re.exec(s);
  console.log(m && m[0], m && JSON.stringify(m.groups), m && m.index);
}
