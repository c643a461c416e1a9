/**
 * Name lists of gender-detection-from-name (its `names/<language>.js`), read directly
 * so that the drafting assistant loads the German, Turkish and Italian lists (170 kB)
 * instead of every language's (2 MB, some 400 ms). Lower-case name -> gender;
 * rolegraph uses only the names, never the genders.
 */
declare module 'gender-detection-from-name/names/*.js' {
  const names: ReadonlyMap<string, 'male' | 'female'>;
  export default names;
}
