// What a gold cue reports, read from its words, so that cue recall can be shown by kind: PolNeAR
// annotates more than speech (beliefs, intentions, endorsements), and Crosscheck reports some of
// these and leaves others out on purpose (src/data/reporting-cues.json says which and why). The word
// lists are this evaluation's own and only sort gold cues; extraction never reads them.

export const CUE_CLASSES = ["speech", "evidence", "belief", "stance", "intention", "other"] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

const WORDS: Record<Exclude<CueClass, "other">, string> = {
  speech: `say says said saying tell tells told telling add adds added adding write writes wrote writing ask asks asked asking
    note notes noted noting announce announces announced announcing state states stated stating explain explains explained
    explaining argue argues argued arguing claim claims claimed claiming insist insists insisted reply replied respond
    responded declare declared tweet tweets tweeted post posted according report reports reported reporting reportedly warn
    warns warned urge urges urged call calls called calling suggest suggests suggested suggesting acknowledge acknowledged
    admit admitted deny denies denied describe describes described describing confirm confirms confirmed testify testified
    mention mentioned comment commented point pointed quote quoted cite cites cited citing continue continued recall recalled
    recalling stress stressed emphasize emphasized question questioned questioning allege alleged accuse accuses accused
    charge charged predict predicted promise promises promised promising vow vowed pledge pledged assert asserted conclude
    concluded interview statement remarks speech :`,
  evidence: "show shows showed shown find finds found poll polls survey indicate indicates indicated reveal reveals revealed data study",
  belief: `think thinks thought believe believes believed know knows knew expect expects expected feel feels felt fear fears
    feared worry worried worries concerned convinced sure doubt doubts seem seems seemed appear appears appeared assume assumes
    understand understands consider considers considered agree agrees agreed view views viewed`,
  stance: `back backs backed backing endorse endorses endorsed endorsement support supports supported supporting oppose opposes opposed opposing criticize
    criticized criticism attack attacks attacked praise praises praised condemn condemns condemned blame blames blamed defend
    defends defended slam slammed reject rejects rejected`,
  intention: "want wants wanted plan plans planned intend intends intended seek seeks seeking sought try tries tried hope hopes hoped aim aims",
};

const CLASS_OF = new Map<string, CueClass>();
for (const [cls, words] of Object.entries(WORDS) as [CueClass, string][]) {
  for (const w of words.split(/\s+/)) if (w && !CLASS_OF.has(w)) CLASS_OF.set(w, cls);
}

/** The class of the first word of the cue that has one; "other" when none does. */
export function cueClass(cueText: string): CueClass {
  for (const word of cueText.toLowerCase().match(/[a-z]+|:/g) ?? []) {
    const cls = CLASS_OF.get(word);
    if (cls) return cls;
  }
  return "other";
}
