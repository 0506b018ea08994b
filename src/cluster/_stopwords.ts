/** Common English function words and reporting verbs that say nothing about which event a text covers. */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also although am among an and another any are around as at ' +
    'be became because been before being below between both but by can could did do does doing done down during ' +
    'each either else even ever every few for from further get got had has have having he her here hers herself him ' +
    'himself his how however i if in into is it its itself just last least less like made make many may me might ' +
    'more most much must my myself near neither never new no nor not now of off often on once one only or other ' +
    'others our ours ourselves out over own per perhaps rather said same say says she should since so some still ' +
    'such than that the their theirs them themselves then there these they this those though through thus to too ' +
    'told under until up upon us very via was we were what when where whether which while who whom whose why will ' +
    'with within without would yet you your yours yourself according added asked including later mr mrs ms ' +
    'today yesterday tomorrow week year years time day days monday tuesday wednesday thursday friday saturday sunday ' +
    'reported report reports news people two three first second'
  ).split(' '),
);
