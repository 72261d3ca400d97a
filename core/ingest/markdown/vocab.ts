// Small, generic vocabulary of audit reports: severities, statuses, refs, markers, section kinds.
import type { Severity, Status } from '../../../shared/types';
import { oneSidedBounds } from './bounds';
import { memoized } from './memo';
import { allMatches } from './all-matches';
import { unmarked } from './unmarked';

export const SEVERITY_EMOJI: Record<string, Severity> = {
  '🔴': 'critical',
  '🔥': 'critical',
  '🚨': 'critical',
  '🟠': 'high',
  '🟡': 'medium',
  '🟢': 'low',
  '🔵': 'info',
};

const WORD_SEVERITY: Record<string, Severity> = {
  critical: 'critical',
  crit: 'critical',
  blocker: 'critical',
  showstopper: 'critical',
  urgent: 'critical',
  high: 'high',
  major: 'high',
  serious: 'high',
  severe: 'high',
  important: 'high',
  error: 'high',
  medium: 'medium',
  moderate: 'medium',
  med: 'medium',
  minor: 'medium',
  warning: 'medium',
  low: 'low',
  trivial: 'low',
  // Convention: the five risk levels of the health-and-safety risk estimator (BS 8800, HSE's 3×3 matrix) that fire,
  // health and safety and other workplace risk assessments rate their hazards and actions in: Intolerable,
  // Substantial, Moderate, Tolerable, Trivial, most to least urgent
  intolerable: 'critical',
  substantial: 'high',
  tolerable: 'low',
  // Convention: the top band of the 5×5 likelihood × consequence risk matrix (AS/NZS 4360 / ISO 31000 registers, NHS
  // trusts' risk scoring, council and project risk logs), "Extreme / High / Moderate / Low": Extreme is critical
  extreme: 'critical',
  info: 'info',
  informational: 'info',
  // Convention: an FYI tier below a priority scale ("P0 … P3", then "**FYI** — observation, no action requested"), a
  // record's heading closing on it, "### F-11 · Replica lag … — **FYI**": it asks for nothing, informational; only
  // where a value opens with it (OPENING_ONLY), as "FYI" in a sentence rates nothing
  fyi: 'info',
  note: 'info',
  // Convention: the issue severities of FHIR's OperationOutcome and the HL7 validator, "fatal / error / warning /
  // information" (as LSP diagnostics rate theirs too): the lowest, "information", is informational; it names a
  // severity only where a value opens with it, as "error" and "warning" do (and "fatal", the worst)
  information: 'info',
  fatal: 'critical',
  kritisch: 'critical',
  critique: 'critical',
  hoch: 'high',
  'élevé': 'high',
  'élevée': 'high',
  mittel: 'medium',
  moyen: 'medium',
  moyenne: 'medium',
  // Convention: the French scales of security and compliance audits (ANSSI-style audit reports, PASSI deliverables,
  // hospital and public-sector IS audits) name their middle level "Modéré" / "Modérée" ("Critique / Majeure /
  // Modérée / Mineure", "Critique / Élevé / Modéré / Faible"), as English says "moderate"
  'modéré': 'medium',
  'modérée': 'medium',
  niedrig: 'low',
  gering: 'low',
  faible: 'low',
  alta: 'high',
  alto: 'high',
  media: 'medium',
  medio: 'medium',
  moderada: 'medium',
  baja: 'low',
  bajo: 'low',
  'crítica': 'critical',
  'crítico': 'critical',
  critica: 'critical',
  critico: 'critical',
  hinweis: 'info',
  // Convention: the BSI's German scales (risk analysis after BSI-Standard 200-3, protection-need categories, the
  // risk ratings of IT-Grundschutz checks) run "gering / mittel / hoch / sehr hoch": "sehr hoch" (very high), the
  // top level, is critical, as Indonesian "Sangat Tinggi" is
  'sehr hoch': 'critical',
  // Convention: a German-language certification audit (ISO 27001, 9001 under DAkkS, SAS, Akkreditierung Austria)
  // grades its findings "Hauptabweichung / Nebenabweichung / Beobachtung" (major / minor nonconformity,
  // observation), as the English ones grade major / minor and an observation; and the plurals a count or a group
  // heading uses ("| Hauptabweichungen | 2 |", "### 4.2 Nebenabweichungen")
  hauptabweichung: 'high',
  hauptabweichungen: 'high',
  nebenabweichung: 'medium',
  nebenabweichungen: 'medium',
  beobachtung: 'info',
  beobachtungen: 'info',
  informative: 'info',
  informativ: 'info',
  informatif: 'info',
  informativo: 'info',
  informativa: 'info',
  // Dutch and the Portuguese and Italian words the lists above lacked
  // Polish
  krytyczne: 'critical',
  krytyczny: 'critical',
  krytyczna: 'critical',
  wysokie: 'high',
  wysoki: 'high',
  wysoka: 'high',
  'średnie': 'medium',
  'średni': 'medium',
  'średnia': 'medium',
  niskie: 'low',
  niski: 'low',
  niska: 'low',
  // (the genitive plural a count of five and more takes: "5 krytycznych, 6 wysokich, 7 średnich, 8 niskich")
  krytycznych: 'critical',
  wysokich: 'high',
  'średnich': 'medium',
  niskich: 'low',
  // (Convention: a Polish report's count closes on the informational level, "… 2 niskie i 1 informacyjne", "3
  // informacyjnych": the adjective in the genders and numbers a count takes, as "Informacyjna" rates one finding)
  informacyjne: 'info',
  informacyjny: 'info',
  informacyjna: 'info',
  informacyjnych: 'info',
  // Polish QA and bug trackers' scale: "blokujący / poważny / średni / drobny" (blocker, major, normal, minor)
  // in the genders and numbers a heading or a count uses ("### Błędy blokujące", "2 blokujące, 3 poważne i
  // 2 drobne"); "kosmetyczny" (cosmetic) below them
  'blokujący': 'critical',
  'blokująca': 'critical',
  'blokujące': 'critical',
  'blokujących': 'critical',
  'poważny': 'high',
  'poważna': 'high',
  'poważne': 'high',
  'poważnych': 'high',
  drobny: 'low',
  drobna: 'low',
  drobne: 'low',
  drobnych: 'low',
  kosmetyczny: 'low',
  kosmetyczne: 'low',
  kosmetycznych: 'low',
  // Jira's priority scale: Highest, High, Medium, Low, Lowest
  highest: 'critical',
  lowest: 'low',
  kritiek: 'critical',
  hoog: 'high',
  middel: 'medium',
  midden: 'medium',
  gemiddeld: 'medium',
  laag: 'low',
  informatief: 'info',
  'média': 'medium',
  'médio': 'medium',
  baixa: 'low',
  baixo: 'low',
  bassa: 'low',
  basso: 'low',
  // the Romance scales of accessibility and QA reports: "Bloqueante / Grave / Moderado / Leve",
  // "Bloquant / Majeur / Mineur", "Bloccante / Grave / Moderato / Lieve"
  bloqueante: 'critical',
  bloquant: 'critical',
  bloquante: 'critical',
  bloccante: 'critical',
  // (Convention: Jira's Italian scale "Bloccante / Critico / Maggiore / Minore / Banale", its blocker, critical,
  // major, minor and trivial, read as the English words are; the plurals a count takes, "3 maggiori, 3 minori")
  maggiore: 'high',
  maggiori: 'high',
  minore: 'medium',
  minori: 'medium',
  banale: 'low',
  banali: 'low',
  // (and Romanian QA's "Blocant / Critic / Major / Minor", the blocker above its "critic"; "blocante" the plural)
  blocant: 'critical',
  blocante: 'critical',
  grave: 'high',
  majeur: 'high',
  majeure: 'high',
  moderado: 'medium',
  moderato: 'medium',
  moderata: 'medium',
  mineur: 'medium',
  mineure: 'medium',
  leve: 'low',
  lieve: 'low',
  // (the plurals a group heading names its level by, in Spanish and Portuguese: "### 🟠 Graves (2)", "### Leves",
  // "### Médios (3)", "## Hallazgos críticos", "## Problemas graves", the noun first)
  'críticos': 'critical',
  'críticas': 'critical',
  bloqueantes: 'critical',
  graves: 'high',
  'médios': 'medium',
  leves: 'low',
  // Portuguese (Portugal) manufacturing and QA reviews: "Bloqueante / Maior / Menor / Observação" (major,
  // minor and an observation for the client, as "minor" and "note" rate in English)
  maior: 'high',
  menor: 'medium',
  // (a review's second level in Portuguese, Spanish and Italian, "Importante — precisa ser corrigido neste PR", as
  // English "Important": read only where a value opens with it, as running text says "é importante")
  importante: 'high',
  'observação': 'info',
  // Convention: the Portuguese risk scale of data-protection and security audits (CNPD-style DPIAs, ISO 27005 risk
  // matrices), "Crítico / Elevado / Médio / Baixo", and the Spanish "Riesgo elevado": "Elevado" is the high level
  // (read only where a value opens with it, as running text says "um número elevado de …" and Spanish "riesgo elevado")
  elevado: 'high',
  elevada: 'high',
  // Swedish, Danish and Norwegian: "Kritisk / Hög / Medel / Låg", "Kritisk / Høj / Middel / Lav"
  kritisk: 'critical',
  'hög': 'high',
  'høj': 'high',
  'høy': 'high',
  medel: 'medium',
  middels: 'medium',
  'låg': 'low',
  lav: 'low',
  // (and the neuter the Scandinavian nouns for a finding take, "1 informativt funn", one informational finding)
  informativt: 'info',
  // Turkish: "Kritik / Yüksek / Orta / Düşük"
  kritik: 'critical',
  'yüksek': 'high',
  orta: 'medium',
  'düşük': 'low',
  // (Convention: a Turkish report's informational level "Bilgi" (information), "Kritik … Düşük, Bilgi"; an everyday
  // noun in running text, "Teknik Bilgi İfşası", so read only where a value opens with it)
  bilgi: 'info',
  // Czech: "kritická / vysoká / střední / nízká / informativní" (and the other genders)
  'kritická': 'critical',
  'kritický': 'critical',
  'kritické': 'critical',
  'vysoká': 'high',
  'vysoký': 'high',
  'vysoké': 'high',
  'střední': 'medium',
  'nízká': 'low',
  'nízký': 'low',
  'nízké': 'low',
  'informativní': 'info',
  // Hungarian: "kritikus / magas / közepes / alacsony / tájékoztató"
  kritikus: 'critical',
  magas: 'high',
  'közepes': 'medium',
  alacsony: 'low',
  'tájékoztató': 'info',
  // Romanian: "critic / ridicat / mediu / scăzut / informativ" (and the feminine and plural forms)
  critic: 'critical',
  'critică': 'critical',
  critice: 'critical',
  ridicat: 'high',
  'ridicată': 'high',
  ridicate: 'high',
  mediu: 'medium',
  medie: 'medium',
  medii: 'medium',
  'scăzut': 'low',
  'scăzută': 'low',
  'scăzute': 'low',
  'informativă': 'info',
  // Slovak: "kritická / vysoká / stredná / nízka / informatívna" (the Czech list has the words both share)
  'stredná': 'medium',
  'stredné': 'medium',
  'stredný': 'medium',
  'nízka': 'low',
  'nízke': 'low',
  'nízky': 'low',
  'informatívna': 'info',
  'informatívne': 'info',
  // Finnish: "kriittinen / korkea / kohtalainen / matala" (and "keskitaso", "alhainen")
  kriittinen: 'critical',
  korkea: 'high',
  kohtalainen: 'medium',
  keskitaso: 'medium',
  matala: 'low',
  alhainen: 'low',
  // (Convention: a Finnish accessibility or usability audit's four levels, "kriittinen / vakava / kohtalainen /
  // vähäinen" (critical, serious, moderate, minor): serious is the second, minor the last)
  vakava: 'high',
  'vähäinen': 'low',
  // Catalan: "crítica / alta / mitjana / baixa / informativa" (the Spanish, Portuguese and Italian words cover
  // "crítica", "alta", "baixa", "informativa"), and the masculine "crític", "mitjà", "informatiu" ("alt" is left out: English writes "Alt text")
  'crític': 'critical',
  // (the plurals a gate names them by: "Les troballes crítiques i altes bloquegen …")
  'crítiques': 'critical',
  altes: 'high',
  mitjana: 'medium',
  'mitjà': 'medium',
  mitja: 'medium',
  informatiu: 'info',
  // (the gravity of a building inspection's deficiencies, "molt greu / greu / important / lleu"; "important"
  // is read by its place in the report's legend)
  'molt greu': 'critical',
  'molt greus': 'critical',
  greu: 'high',
  greus: 'high',
  lleu: 'low',
  lleus: 'low',
  // Estonian: "kriitiline / kõrge / keskmine / madal / informatiivne" (adjectives of "riskitase", the risk
  // level; the genitive "kriitilise", "kõrge", "keskmise", "madala" in counts)
  kriitiline: 'critical',
  kriitilise: 'critical',
  'kõrge': 'high',
  keskmine: 'medium',
  keskmise: 'medium',
  madal: 'low',
  madala: 'low',
  informatiivne: 'info',
  informatiivse: 'info',
  // Icelandic: "mjög alvarleg / alvarleg / miðlungs / lítil / upplýsingar", the risk as "mikil / miðlungs / lítil
  // áhætta" or "há / lág", in the genders a severity agrees with ("alvarlegur galli", "alvarlegt atriði"); the
  // neuter "mikið", "lítið" and the masculine "hár" are left out (much, little, hair in running text)
  'mjög alvarleg': 'critical',
  'mjög alvarlegt': 'critical',
  'mjög alvarlegur': 'critical',
  'mjög mikil': 'critical',
  'mjög há': 'critical',
  'krítísk': 'critical',
  'krítískt': 'critical',
  'krítískur': 'critical',
  alvarleg: 'high',
  alvarlegt: 'high',
  alvarlegur: 'high',
  mikil: 'high',
  mikill: 'high',
  'há': 'high',
  'hátt': 'high',
  'miðlungs': 'medium',
  'meðal': 'medium',
  'lítil': 'low',
  'lítill': 'low',
  'lág': 'low',
  'lágt': 'low',
  'minniháttar': 'low',
  'upplýsingar': 'info',
  'til upplýsinga': 'info',
  'upplýsandi': 'info',
  // Croatian, Serbian (Latin) and Bosnian: "kritičan / visok / srednji / nizak / informativan" in their
  // genders ("visoki", "visoka", "visoko"); Slovenian shares most ("kritična", "visoka", "srednja") and
  // has "nizka" for low. The Polish list has "niski" and "niska".
  'kritičan': 'critical',
  'kritična': 'critical',
  'kritično': 'critical',
  'kritični': 'critical',
  visok: 'high',
  visoki: 'high',
  visoka: 'high',
  visoko: 'high',
  srednji: 'medium',
  srednja: 'medium',
  srednje: 'medium',
  nizak: 'low',
  nisko: 'low',
  nizka: 'low',
  nizko: 'low',
  nizek: 'low',
  informativan: 'info',
  informativno: 'info',
  // Korean: "긴급 / 높음 / 중간 / 낮음" and the official three-step "상 / 중 / 하" (upper, middle, lower)
  '긴급': 'critical',
  '높음': 'high',
  '상': 'high',
  '중간': 'medium',
  '보통': 'medium',
  '중': 'medium',
  '낮음': 'low',
  '하': 'low',
  // ("| 참고 | 직접적인 위험은 없으나 개선 권고 |": "참고", for reference, the level under 하 that rates no risk)
  '참고': 'info',
  // Indonesian (and Malay): "Sangat Tinggi / Tinggi / Sedang / Rendah" (very high, high, medium, low)
  'sangat tinggi': 'critical',
  // Convention: the five-level risk rating of a 5×5 likelihood × severity matrix (a playground's annual inspection
  // after EN 1176-7, fire-risk and health-and-safety assessments) runs "Very High / High / Medium / Low / Very Low":
  // the level above High is critical, the one below Low rates no risk to act on, info
  'very high': 'critical',
  'very low': 'info',
  kritis: 'critical',
  tinggi: 'high',
  sedang: 'medium',
  rendah: 'low',
  // (Malay writes the middle level "Sederhana": "Kritikal / Tinggi / Sederhana / Rendah")
  sederhana: 'medium',
  // (and a Malaysian public-sector audit's lowest level "Makluman", for information: "Kritikal, Tinggi,
  // Sederhana, Rendah, Makluman", "| Tahap keterukan | Makluman |")
  makluman: 'info',
  // the ratings of a financial or government (GAGAS, SOX) audit, most severe first: a material weakness,
  // a significant deficiency, a (control) deficiency
  'material weakness': 'critical',
  'material weaknesses': 'critical',
  'significant deficiency': 'high',
  'significant deficiencies': 'high',
  'control deficiency': 'medium',
  'control deficiencies': 'medium',
  // Chinese: "严重 / 高危 / 中危 / 低危 / 信息" as security assessments grade, "紧急" and "超危" for the
  // worst, "高风险 / 中风险 / 低风险", and the three-step "高 / 中 / 低" (whole cells and bracketed labels
  // only: Han has no spaces, so a word counts only between marks, as in "【高危】" or "| 中危 |")
  '严重': 'critical',
  '紧急': 'critical',
  '超危': 'critical',
  '高危': 'high',
  '高风险': 'high',
  '高': 'high',
  '中危': 'medium',
  '中风险': 'medium',
  '中': 'medium',
  '低危': 'low',
  '低风险': 'low',
  '低': 'low',
  '信息': 'info',
  '提示': 'info',
  // (Traditional Chinese, as Taiwan's assessments grade: "高風險 / 中風險 / 低風險", "嚴重", "資訊" information)
  '嚴重': 'critical',
  '高風險': 'high',
  '中風險': 'medium',
  '低風險': 'low',
  '資訊': 'info',
  // (a review's mildest level "建议" (suggestion, optional), as in "| 💡 建议 | 1 |" or "严重程度：💡 建议")
  '建议': 'info',
  // Japanese reviews grade "重大 / 高 / 中 / 低 / 参考" (grave, high, middle, low, for reference), "致命的" (fatal)
  // and "緊急" (urgent) above them; the same rule as Chinese, whole cells and bracketed labels ("【重大】")
  '重大': 'critical',
  '致命的': 'critical',
  '緊急': 'critical',
  '参考': 'info',
  // (and a security assessment's lowest level "情報" (information): "緊急 / 高 / 中 / 低 / 情報")
  '情報': 'info',
  // Convention: Basque (euskara) reports rate "Kritikoa / Altua / Ertaina / Baxua / Informatiboa" (the article -a
  // written onto the adjective), and count with the bare stem, "2 kritiko, 4 altu, 3 ertain eta 3 baxu"
  kritikoa: 'critical',
  kritiko: 'critical',
  kritikoak: 'critical',
  altua: 'high',
  altu: 'high',
  altuak: 'high',
  ertaina: 'medium',
  ertain: 'medium',
  ertainak: 'medium',
  baxua: 'low',
  baxu: 'low',
  baxuak: 'low',
  informatiboa: 'info',
  informatibo: 'info',
  informatiboak: 'info',
  // Convention: Welsh (Cymraeg) reports rate "Critigol / Uchel / Canolig / Isel / Gwybodaeth" (critical, high,
  // medium, low, information), as the Welsh public sector's accessibility and security audits write them, and count
  // with the same words after the number ("2 Critigol, 3 Uchel")
  critigol: 'critical',
  uchel: 'high',
  canolig: 'medium',
  isel: 'low',
  gwybodaeth: 'info',
  gwybodaethol: 'info',
  // Filipino (Tagalog): "Kritikal / Mataas / Katamtaman / Mababa"
  kritikal: 'critical',
  mataas: 'high',
  katamtaman: 'medium',
  mababa: 'low',
  // Bulgarian: "Критичен / Висок / Среден / Нисък / Информативен" in their genders ("висока", "средна", "ниска")
  'критичен': 'critical',
  'среден': 'medium',
  'средна': 'medium',
  'нисък': 'low',
  'информативен': 'info',
  // (and the plurals and neuters counts use: "1 критично, 3 високи, 3 средни, 1 ниско и 1 информативно")
  'критични': 'critical',
  'високи': 'high',
  'средно': 'medium',
  'средни': 'medium',
  'ниски': 'low',
  'информативни': 'info',
  // Hebrew: "קריטי / גבוה / בינוני / נמוך" in their genders and plurals ("2 קריטיים, 3 גבוהים")
  'קריטי': 'critical',
  'קריטית': 'critical',
  'קריטיים': 'critical',
  'גבוה': 'high',
  'גבוהה': 'high',
  'גבוהים': 'high',
  'בינוני': 'medium',
  'בינונית': 'medium',
  'בינוניים': 'medium',
  'נמוך': 'low',
  'נמוכה': 'low',
  'נמוכים': 'low',
  // Swahili counts by level with its connective, "1 muhimu sana, 2 ya juu, 2 ya kati, 1 ya chini" (critical, high,
  // medium, low)
  'muhimu sana': 'critical',
  'ya juu': 'high',
  'ya kati': 'medium',
  'ya chini': 'low',
  // Slovenian audits grade by nonconformity as ISO audits do: "večja neskladnost" (major) and "manjša
  // neskladnost" (minor), in the cases counts use ("3 večje neskladnosti, 5 manjših neskladnosti")
  'večja neskladnost': 'high',
  'večje neskladnosti': 'high',
  'večjih neskladnosti': 'high',
  'manjša neskladnost': 'medium',
  'manjše neskladnosti': 'medium',
  'manjši neskladnosti': 'medium',
  'manjših neskladnosti': 'medium',
  // (the dual after 2, "2 večji neskladnosti"; a recommendation, "priporočilo", is no nonconformity: informational,
  // in its dual and plural, "2 priporočili", "3 priporočila", "5 priporočil")
  'večji neskladnosti': 'high',
  'priporočilo': 'info',
  'priporočili': 'info',
  'priporočila': 'info',
  'priporočil': 'info',
  // Convention: a Spanish conformity audit (ENS under RD 311/2022, ISO 27001 / 9001 certification) grades its
  // findings "no conformidad mayor / no conformidad menor / observación" (major / minor nonconformity,
  // observation), in the plurals a count or a group heading uses ("2 no conformidades mayores", "### 5.3
  // Observaciones") and the short "NC mayor / NC menor" of a count table's header
  'no conformidad mayor': 'high',
  'no conformidades mayores': 'high',
  'nc mayor': 'high',
  'nc mayores': 'high',
  'no conformidad menor': 'medium',
  'no conformidades menores': 'medium',
  'nc menor': 'medium',
  'nc menores': 'medium',
  'observación': 'info',
  'observaciones': 'info',
  // Serbian in Cyrillic: "Критично / Високо / Средње / Ниско / Информативно" in their genders ("критичан налаз",
  // "висока озбиљност", "средњи")
  'критично': 'critical',
  'критичан': 'critical',
  'високо': 'high',
  'висок': 'high',
  'средње': 'medium',
  'средњи': 'medium',
  'средња': 'medium',
  'ниско': 'low',
  'низак': 'low',
  'ниска': 'low',
  'информативно': 'info',
  'информативан': 'info',
  'информативна': 'info',
  // Ukrainian: "критичний / високий / середній / низький / інформаційний" in their genders and numbers
  // ("2 критичні", "1 низька", "5 високих": the plural after 2-4, the genitive after 5 and more);
  // "помірний" moderate, "незначний" minor, "блокер"
  // Convention: a tally after a verb of finding puts the feminine singular in the accusative, "виявили 1 критичну
  // та 1 низьку" (we found one critical and one low), "1 інформаційну": the same levels
  'критичний': 'critical',
  'критична': 'critical',
  'критичне': 'critical',
  'критичні': 'critical',
  'критичних': 'critical',
  'критичну': 'critical',
  'блокер': 'critical',
  'блокуючий': 'critical',
  'високий': 'high',
  'висока': 'high',
  'високе': 'high',
  'високі': 'high',
  'високих': 'high',
  'високу': 'high',
  'серйозний': 'high',
  'серйозна': 'high',
  'серйозні': 'high',
  'середній': 'medium',
  'середня': 'medium',
  'середнє': 'medium',
  'середні': 'medium',
  'середніх': 'medium',
  'середню': 'medium',
  'помірний': 'medium',
  'помірна': 'medium',
  'помірне': 'medium',
  'помірні': 'medium',
  'помірних': 'medium',
  'помірну': 'medium',
  'низький': 'low',
  'низька': 'low',
  'низьке': 'low',
  'низькі': 'low',
  'низьких': 'low',
  'низьку': 'low',
  'незначний': 'low',
  'незначна': 'low',
  'незначні': 'low',
  'незначних': 'low',
  'незначну': 'low',
  'інформаційний': 'info',
  'інформаційна': 'info',
  'інформаційне': 'info',
  'інформаційні': 'info',
  'інформаційних': 'info',
  'інформаційну': 'info',
  'інфо': 'info',
  // Russian: "критический / высокий / средний / низкий / информационный" in their genders and numbers ("2 критических",
  // "1 низкая"), "критичный", "серьёзный" serious, "умеренный" moderate, "незначительный" minor, "блокер"
  'критический': 'critical',
  'критическая': 'critical',
  'критическое': 'critical',
  'критические': 'critical',
  'критических': 'critical',
  'критичный': 'critical',
  'критичная': 'critical',
  'критичное': 'critical',
  'критичные': 'critical',
  'критичных': 'critical',
  'блокирующий': 'critical',
  'блокирующая': 'critical',
  'высокий': 'high',
  'высокая': 'high',
  'высокое': 'high',
  'высокие': 'high',
  'высоких': 'high',
  'серьёзный': 'high',
  'серьёзная': 'high',
  'серьёзные': 'high',
  'серьезный': 'high',
  'серьезная': 'high',
  'серьезные': 'high',
  'средний': 'medium',
  'средняя': 'medium',
  'среднее': 'medium',
  'средние': 'medium',
  'средних': 'medium',
  'умеренный': 'medium',
  'умеренная': 'medium',
  'умеренное': 'medium',
  'умеренные': 'medium',
  'умеренных': 'medium',
  'низкий': 'low',
  'низкая': 'low',
  'низкое': 'low',
  'низкие': 'low',
  'низких': 'low',
  'незначительный': 'low',
  'незначительная': 'low',
  'незначительные': 'low',
  'незначительных': 'low',
  'информационный': 'info',
  'информационная': 'info',
  'информационное': 'info',
  'информационные': 'info',
  'информационных': 'info',
  'инфо': 'info',
  // Vietnamese QA and UAT scales: "Nghiêm trọng / Cao / Trung bình / Thấp", and the tester's "Nặng / Nhẹ"
  // (heavy, light); "Rất cao", "Khẩn cấp" (very high, urgent) above them
  'nghiêm trọng': 'critical',
  'rất nghiêm trọng': 'critical',
  'khẩn cấp': 'critical',
  'rất cao': 'critical',
  cao: 'high',
  'nặng': 'high',
  'trung bình': 'medium',
  'thấp': 'low',
  'nhẹ': 'low',
  // Thai QA and assessment scales: "วิกฤต / สูง / ปานกลาง / ต่ำ" (critical, high, medium, low)
  'วิกฤต': 'critical',
  'สูง': 'high',
  'ปานกลาง': 'medium',
  'ต่ำ': 'low',
  // Hindi assessment scales: "गंभीर / उच्च / मध्यम / निम्न / सूचनात्मक" (critical, high, medium, low,
  // informational); "अति गंभीर" (very serious) above them
  'अति गंभीर': 'critical',
  'गंभीर': 'critical',
  'उच्च': 'high',
  'मध्यम': 'medium',
  'निम्न': 'low',
  'सूचनात्मक': 'info',
  // Convention: Bengali (Bangla) QA and assessment scales: "জটিল / উচ্চ / মাঝারি / নিম্ন / তথ্যমূলক" (critical,
  // high, medium, low, informational); "গুরুতর" (grave) and "সংকটপূর্ণ" (critical) for the worst, "মধ্যম" (middle)
  // and "কম" (low) as some teams write them
  'জটিল': 'critical',
  'গুরুতর': 'critical',
  'সংকটপূর্ণ': 'critical',
  'উচ্চ': 'high',
  'মাঝারি': 'medium',
  'মধ্যম': 'medium',
  'নিম্ন': 'low',
  'তথ্যমূলক': 'info',
  // Greek: "Κρίσιμη / Υψηλή / Μεσαία / Χαμηλή" in the genders and plurals counts use ("2 κρίσιμες, 3
  // υψηλές"); "Μέτρια" (moderate), "Σοβαρή" (serious), "Πληροφοριακή" (informational). Capitals drop
  // the accents ("ΚΡΙΣΙΜΗ"): each word is also read without them (below).
  'κρίσιμη': 'critical',
  'κρίσιμο': 'critical',
  'κρίσιμος': 'critical',
  'κρίσιμες': 'critical',
  'κρίσιμα': 'critical',
  'κρίσιμοι': 'critical',
  'πολύ υψηλή': 'critical',
  'υψηλή': 'high',
  'υψηλό': 'high',
  'υψηλός': 'high',
  'υψηλές': 'high',
  'υψηλά': 'high',
  'υψηλοί': 'high',
  'σοβαρή': 'high',
  'σοβαρό': 'high',
  'σοβαρός': 'high',
  'μεσαία': 'medium',
  'μεσαίο': 'medium',
  'μεσαίος': 'medium',
  'μεσαίες': 'medium',
  'μεσαίοι': 'medium',
  'μέτρια': 'medium',
  'μέτριο': 'medium',
  'μέτριος': 'medium',
  'μέτριες': 'medium',
  'χαμηλή': 'low',
  'χαμηλό': 'low',
  'χαμηλός': 'low',
  'χαμηλές': 'low',
  'χαμηλά': 'low',
  'χαμηλοί': 'low',
  'πληροφοριακή': 'info',
  'πληροφοριακό': 'info',
  'πληροφοριακά': 'info',
  // Arabic: "حرج / عالٍ / متوسط / منخفض / معلوماتي" and the feminine a "ملاحظة" or "ثغرة" takes ("حرجة
  // واحدة، و3 عالية"), "مرتفع" (raised) for high, "بالغ الخطورة" (grave) for critical, with the article
  // ("الثغرات الحرجة"); "عالٍ" also without its tanwin, and "عالي" as it is often spelt
  'حرج': 'critical',
  'حرجة': 'critical',
  'الحرجة': 'critical',
  'الحرج': 'critical',
  'بالغ الخطورة': 'critical',
  'بالغة الخطورة': 'critical',
  'عالٍ': 'high',
  'عال': 'high',
  'عالي': 'high',
  'عالية': 'high',
  'العالية': 'high',
  'العالي': 'high',
  'مرتفع': 'high',
  'مرتفعة': 'high',
  'المرتفعة': 'high',
  'متوسط': 'medium',
  'متوسطة': 'medium',
  'المتوسطة': 'medium',
  'المتوسط': 'medium',
  'منخفض': 'low',
  'منخفضة': 'low',
  'المنخفضة': 'low',
  'المنخفض': 'low',
  'معلوماتي': 'info',
  'معلوماتية': 'info',
  'المعلوماتية': 'info',
  'للعلم': 'info',
  // Convention: Persian (Farsi) reviews grade "بحرانی / بالا / متوسط / پایین / اطلاعاتی" (critical, high, medium,
  // low, informational), "حیاتی" (vital) for critical, "زیاد" (much) for high, with Persian yeh and kaf
  'بحرانی': 'critical',
  'حیاتی': 'critical',
  'بالا': 'high',
  'زیاد': 'high',
  'پایین': 'low',
  'اطلاعاتی': 'info',
  // Convention: Urdu reviews grade "سنگین / زیادہ / درمیانہ / کم / معلوماتی" (grave, much, middling, little,
  // informational), "انتہائی سنگین" (most grave) for critical and "بلند" (raised) for high
  'سنگین': 'critical',
  'انتہائی سنگین': 'critical',
  'زیادہ': 'high',
  'بلند': 'high',
  'درمیانہ': 'medium',
  'درمیانی': 'medium',
  'کم': 'low',
  'معلوماتی': 'info',
  // Lithuanian: "kritinė / aukšta / vidutinė / žema" (and "didelė / maža rizika", large, small) in the genders and
  // numbers counts use ("2 kritinės", "3 aukštos"); an ISO audit's "didelė neatitiktis" (major nonconformity),
  // "nedidelė neatitiktis" (minor) and "tobulinimo galimybė" (an opportunity for improvement)
  'kritinė': 'critical',
  'kritinės': 'critical',
  'kritinis': 'critical',
  'kritinių': 'critical',
  'kritiniai': 'critical',
  'aukšta': 'high',
  'aukštos': 'high',
  'aukštas': 'high',
  'aukštų': 'high',
  'didelė': 'high',
  'didelės': 'high',
  'didelis': 'high',
  'didelių': 'high',
  'vidutinė': 'medium',
  'vidutinės': 'medium',
  'vidutinis': 'medium',
  'vidutinių': 'medium',
  'nedidelė': 'medium',
  'nedidelės': 'medium',
  'nedidelis': 'medium',
  'nedidelių': 'medium',
  'žema': 'low',
  'žemos': 'low',
  'žemas': 'low',
  'žemų': 'low',
  'maža': 'low',
  'mažos': 'low',
  'mažas': 'low',
  'mažų': 'low',
  'informacinė': 'info',
  'informacinis': 'info',
  'informacinės': 'info',
  'tobulinimo galimybė': 'info',
  'tobulinimo galimybės': 'info',
  'tobulinimo galimybių': 'info',
  // Latvian: "kritisks / augsts / vidējs / zems / informatīvs" in the genders and numbers a count uses ("2 kritiski",
  // "3 vidēji"; "kritiska nozīme", "augsta riska")
  kritisks: 'critical',
  kritiska: 'critical',
  kritiski: 'critical',
  kritiskie: 'critical',
  augsts: 'high',
  augsta: 'high',
  augsti: 'high',
  augstie: 'high',
  'vidējs': 'medium',
  'vidēja': 'medium',
  'vidēji': 'medium',
  'vidējie': 'medium',
  zems: 'low',
  zema: 'low',
  zemi: 'low',
  zemie: 'low',
  'informatīvs': 'info',
  'informatīva': 'info',
  'informatīvi': 'info',
};
const STRIP_GREEK_ACCENTS_RE = /(?<=\p{Script=Greek})\p{M}+/gu;
// (Greek written in capitals drops the accents, "ΚΡΙΣΙΜΗ", "ΥΨΗΛΗ": each Greek word also without them)
for (const [w, sev] of Object.entries(WORD_SEVERITY)) {
  const bare = stripGreekAccents(w);
  if (bare !== w && !Object.hasOwn(WORD_SEVERITY, bare)) WORD_SEVERITY[bare] = sev;
}

/** Greek text without its accents (tonos, dialytika), as capitals write it; other letters untouched. */
export function stripGreekAccents(text: string): string {
  if (!/[\u0370-\u03FF\u1F00-\u1FFF]/u.test(text)) return text;
  return text.normalize('NFD').replace(STRIP_GREEK_ACCENTS_RE, '').normalize('NFC');
}

/**
 * A Greek phrase as a pattern source that matches it with or without its accents ("επόμενη βάρδια" also in
 * "ΕΠΟΜΕΝΗ ΒΑΡΔΙΑ"): each vowel becomes the class of its accented forms. Only for sources whose Greek
 * letters stand outside bracket classes.
 */
/** a letter of the Greek or Cyrillic script: ids such as "МБ-03" or "ΕΥΡ-04" are looked for only in text that has one */
export const CYRILLIC_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/;

export function greekLoose(src: string): string {
  const classes: Record<string, string> = { α: 'αά', ε: 'εέ', η: 'ηή', ι: 'ιίϊΐ', ο: 'οό', υ: 'υύϋΰ', ω: 'ωώ' };
  return stripGreekAccents(src).replace(/[αεηιουω]/g, (c) => `[${classes[c]}]`);
}

/**
 * The names a report gives its own grading scale before a grade ("Tier A", "Class 2", "Category B"): one
 * list for every place that reads such a grade (legend, fields, badges, counts, gates).
 */
/**
 * Convention: a note's run-in label that names the finding it is about by a word for "about" before the id:
 * German "**Zu SR-04.**", "**Zum Befund SR-04:**", "**Betrifft SR-04:**", English "**Re PX-3:**", "**Regarding
 * PX-3.**". The word and a noun for the finding after it, as a source to put before the id.
 */
export const ABOUT_ID = String.raw`(?:Zu|Zum|Re|Regarding|Concerning|Betrifft|Bezüglich)\s+(?:(?:Befund|Finding)\s+)?`;

export const GRADE_SCALE = String.raw`(?:tier|grade|level|class|category)`;

/**
 * Convention: Bugzilla's severities (blocker, critical, major, normal, minor, trivial, enhancement), as its
 * "Importance" field shows them after the priority ("P1 critical", "P3 normal", "P4 minor"). On Bugzilla's
 * scale "minor" is below "normal", so low; "enhancement" is a request, informational.
 */
const BUGZILLA_SEVERITY: Record<string, Severity> = { blocker: 'critical', critical: 'critical', major: 'high', normal: 'medium', minor: 'low', trivial: 'low', enhancement: 'info' };

/** "P1 critical", "P3 normal", "--- minor": Bugzilla's Importance, its severity word after the priority. */
export function bugzillaImportance(value: string): Severity | null {
  const m = /^\s*(?:P[1-5]|---)\s+([a-z]+)\s*$/i.exec(value.replace(/[*_`]/g, ''));
  return m ? BUGZILLA_SEVERITY[m[1].toLowerCase()] ?? null : null;
}

/** A word of a severity scale in any language the extractor reads ("Kritik", "hög", "Grave"). */
export function isSeverityWord(word: string): boolean {
  return Object.hasOwn(WORD_SEVERITY, word.toLowerCase());
}

/** Words of WORD_SEVERITY that name a severity only where a value opens with them ("Error", "Note: …"). */
// (and the Italian Jira words, which are also everyday comparatives and adjectives: "un numero maggiore di …")
const OPENING_ONLY = new Set(['urgent', 'important', 'importante', 'error', 'warning', 'note', 'information', 'fatal', 'fyi', 'maggiore', 'maggiori', 'minore', 'minori', 'banale', 'banali', 'elevado', 'elevada', 'bilgi']);

const P_LEVEL: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const SEV_LEVEL: Severity[] = ['critical', 'critical', 'high', 'medium', 'low', 'info'];

// (the words: every one of WORD_SEVERITY but those that count only at a value's start, longest first)
const SEV_TOKEN = oneSidedBounds(new RegExp(
  String.raw`(🔴|🔥|🚨|🟠|🟡|🟢|🔵)|\bP([0-4])\b|\bSev(?:erity)?[\s-]?([0-5])\b|(?<![\p{L}\p{N}])(` +
    Object.keys(WORD_SEVERITY)
      .filter((w) => !OPENING_ONLY.has(w))
      .sort((a, b) => b.length - a.length)
      .join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'iu',
));

/** "P1 – Critical", "P2 (High)": the level's name right after a priority code, set apart by a dash or in brackets */
const NAMED_LEVEL_AFTER_CODE = /^\s*(?:[-–—:]\s*|\(\s*)(critical|blocker|highest|high|major|medium|moderate|normal|minor|lowest|low|trivial)\b/i;

/**
 * Convention: a German audit (BSI IT-Grundschutz check, ISO 27001 audit) grades below its deviation levels a
 * "Empfehlung" or "Verbesserungsvorschlag" (a recommendation, no deviation), "Risiko: Empfehlung. Keine Abweichung.":
 * the lowest grade, informational. Only as the whole value or its first sentence, so "Empfehlung: Signatur prüfen"
 * (the recommendation's text) and a "#### Empfehlung" subheading rate nothing
 */
const RECOMMENDATION_GRADE = /^\W*(?:empfehlung|verbesserungsvorschlag)\W*(?:$|\.\s)/i;

/** Severity named anywhere in a short value ("P0 (Critical)", "🔥 CRITICAL - CRASH", "Sev-2", "7.5"). */
// (pure, and fields repeat their values through a report: "High", "Critical", "P1" - memoized)
const severityValueMemo = memoized(severityOfValue);
export function severityFromValue(value: string): Severity | null {
  return severityValueMemo(value);
}

function severityOfValue(value: string): Severity | null {
  const dots = dotRating(value);
  if (dots) return dots;
  // "S1", "S2 · Priority: P1": QA severity levels (S1 the worst, as Sev-1), only where the value
  // opens with one, so that "S3 bucket … is public" is no severity
  // (S5, where a scale has five levels, the informational one)
  const qa = /^\W*S([1-5])(?=\s*$|\s*[·•|,;:)(]|\s+[-–—]\s)/.exec(value);
  if (qa) return SEV_LEVEL[Number(qa[1])];
  const m = SEV_TOKEN.exec(value);
  if (m) {
    if (m[1]) {
      // "🟠 CRITICAL": the word says the severity, the colour is the tool's own palette
      const word = SEV_TOKEN.exec(value.slice(m.index + m[0].length));
      if (word && !word[1]) return severityFromValue(word[0]);
      return SEVERITY_EMOJI[m[1]];
    }
    if (m[2] || m[3]) {
      // Convention: a tracker's priority written as its code and its level's name, as Jira and ServiceNow name
      // them ("P1 – Critical", "P2 (High)", "Sev 2 - Major"): the name says what the report's scale means by the
      // code, which need not be the usual reading (P1 is high where P0 is the top)
      const named = NAMED_LEVEL_AFTER_CODE.exec(value.slice(m.index + m[0].length));
      const word = named ? WORD_SEVERITY[named[1].toLowerCase()] : undefined;
      if (word) return word;
      return m[2] ? P_LEVEL[Number(m[2])] : SEV_LEVEL[Number(m[3])];
    }
    if (m[4]) return WORD_SEVERITY[m[4].toLowerCase()] ?? null;
  }
  const w = /^\W*(error|warning|note|information|fatal|importante?|urgent|fyi|maggior[ei]|minor[ei]|banal[ei]|elevad[oa]|bilgi)\b/i.exec(value);
  if (w) return WORD_SEVERITY[w[1].toLowerCase()] ?? null;
  if (RECOMMENDATION_GRADE.test(value)) return 'info';
  return cvssSeverity(value);
}

/**
 * Callout and admonition types that rate what they hold (Obsidian callouts, MkDocs admonitions): red
 * "danger" (its alias "error") the worst, red "failure" ("fail", "missing") and "bug" high, "warning"
 * ("caution", "attention") medium. Other types (note, info, tip, abstract, success, question, example,
 * quote) say what kind of box it is, not how bad; the report's legend may still rate any type.
 */
const CALLOUT_SEVERITY: Record<string, Severity> = { danger: 'critical', error: 'critical', failure: 'high', fail: 'high', missing: 'high', bug: 'high', warning: 'medium', caution: 'medium', attention: 'medium' };
export function calloutSeverity(type: string): Severity | null {
  return CALLOUT_SEVERITY[type.toLowerCase()] ?? null;
}

/** a run of filled and empty marks ("●●●●○", "★★☆☆☆", "■■■□□", "▰▰▱▱▱"), as rating tools print them */
const DOT_RUN = /^[^\p{L}\p{N}●○★☆■□▰▱]*(?:([●○]{3,5})|([★☆]{3,5})|([■□]{3,5})|([▰▱]{3,5}))(?![●○★☆■□▰▱])/u;

/**
 * "●●●●○": a rating drawn as filled marks out of three to five, the most filled the worst (of five:
 * critical, high, medium, low, info; of four: critical … low; of three: high, medium, low).
 */
export function dotRating(value: string): Severity | null {
  const m = DOT_RUN.exec(value);
  if (!m) return null;
  const run = m[1] ?? m[2] ?? m[3] ?? m[4];
  const filled = [...run].filter((c) => '●★■▰'.includes(c)).length;
  if (filled === 0) return null;
  const scale: Severity[] = run.length === 5 ? ['info', 'low', 'medium', 'high', 'critical'] : run.length === 4 ? ['low', 'medium', 'high', 'critical'] : ['low', 'medium', 'high'];
  return scale[filled - 1];
}

/**
 * A CVSS base score mapped to the NVD bands (9.0-10.0 critical, 7.0-8.9 high, 4.0-6.9 medium,
 * 0.1-3.9 low, 0.0 none = info): "7.5", "8.1 / 10", "CVSS 3.1: 8.1 (AV:N/AC:H/…)",
 * "9.8 CVSS:3.1/AV:N/…". The number has to lead the value or follow a CVSS label.
 */
export function cvssSeverity(value: string): Severity | null {
  const n =
    /^\s*(?:cvss\s*(?:v?\d(?:\.\d)?)?\s*(?:base\s*)?(?:score)?\s*[:=]?\s*)?(\d{1,2}(?:\.\d)?)\s*(?:\/\s*10(?:\.0)?)?\s*(?:$|[([]|[-–—,;]|\s+(?:CVSS:|AV:))/i.exec(value);
  if (!n) return null;
  // a whole number from 0 to 5 alone ("Severity 4", Nielsen's 1-4, a 1-5 rating) is a scale of the
  // report's own, not a CVSS score, unless labelled as one or out of 10
  if (/^\d$/.test(n[1]) && Number(n[1]) <= 5 && !/cvss|\/\s*10/i.test(n[0])) return null;
  const s = Number(n[1]);
  if (s >= 9 && s <= 10) return 'critical';
  if (s >= 7 && s < 9) return 'high';
  if (s >= 4 && s < 7) return 'medium';
  if (s > 0 && s < 4) return 'low';
  if (s === 0 && /\d\.0/.test(n[1])) return 'info';
  return null;
}

const CVSS_VECTOR = /CVSS:3\.[01]\/AV:([NALP])\/AC:([LH])\/PR:([NLH])\/UI:([NR])\/S:([UC])\/C:([HLN])\/I:([HLN])\/A:([HLN])/;

/**
 * The CVSS v3.x base score of a vector ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" -> 9.8), by the
 * specification's formula, for reports that give vectors and no score; null when there is none.
 */
export function cvssVectorScore(text: string): number | null {
  const m = CVSS_VECTOR.exec(text);
  if (!m) return null;
  const [, av, ac, pr, ui, sc, c, i, a] = m;
  const changed = sc === 'C';
  const AV = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 }[av]!;
  const AC = { L: 0.77, H: 0.44 }[ac]!;
  const PR = { N: 0.85, L: changed ? 0.68 : 0.62, H: changed ? 0.5 : 0.27 }[pr]!;
  const UI = { N: 0.85, R: 0.62 }[ui]!;
  const cia = (x: string) => ({ H: 0.56, L: 0.22, N: 0 })[x]!;
  const iss = 1 - (1 - cia(c)) * (1 - cia(i)) * (1 - cia(a));
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  if (impact <= 0) return 0;
  const expl = 8.22 * AV * AC * PR * UI;
  const raw = Math.min(changed ? 1.08 * (impact + expl) : impact + expl, 10);
  // the specification's Roundup: the smallest one-decimal number not below the input
  const n = Math.round(raw * 100000);
  return n % 10000 === 0 ? n / 100000 : (Math.floor(n / 10000) + 1) / 10;
}

/** The NVD band of a CVSS vector's base score, with the score as its text ("CVSS 9.8"), or null. */
export function cvssVectorSeverity(text: string): { sev: Severity; text: string } | null {
  if (!text.includes('CVSS:3')) return null;
  const score = cvssVectorScore(text);
  const sev = score === null ? null : score === 0 ? 'info' : cvssSeverity(score.toFixed(1));
  return sev ? { sev, text: `CVSS ${score}` } : null;
}

/** "Serious.", "**High.**", "Medium": an impact rated in one word before any prose, or null. */
export function oneWordRating(value: string): { sev: Severity; text: string } | null {
  // (a rating in the report's language, "Impacto: Médio", "Impact : Élevé", and one after its colour,
  // "Impacto: 🔴 Crítico": the word is the rating, the colour only shows it)
  const w = ONE_WORD_RATING.exec(value.trim());
  const sev = w ? severityFromValue(w[1]) : null;
  return sev ? { sev, text: w![1] } : null;
}

const ONE_WORD_RATING = /^(?:[🔴🟠🟡🟢🔵⚪⚫🟣🟤]\uFE0F?\s*)?(\p{L}+)(?:[.,;]|$)/u;

/** Keys that name a finding's impact, which is prose unless it opens with a rating. */
export const IMPACT_KEY = /^(?:impact|impacto|impatto|auswirkung)$/i;

/**
 * "Impact: **High.** Affected users …", "Impact: high — I expect …", "Impact: medium at peak": an impact
 * rated in one word before its prose, or null.
 */
// (Convention: the rating word, then why in brackets, "Impact: High (every user on the login page)", "Impact : 🔴
// bloquant (navigation clavier impossible)": the bracket explains the rating, the word is it)
const IMPACT_PROSE_SPLIT = /\s+(?:[—–-]|for|at|on|in)\s+|,\s*|\s+\(/;
export function impactRating(value: string): { sev: Severity; text: string } | null {
  return oneWordRating(value) ?? oneWordRating(value.split(IMPACT_PROSE_SPLIT)[0]) ?? impactCode(value);
}

// Convention: an impact rated by a level of the report's own priority scale, "**Impact:** P2 — Sales pipeline
// dashboard showed …", "Impact: P3" (a data or platform team's audit keys its impact tiers P1…P4 in a legend): the
// code alone, or before a dash and the prose, is the rating; its level is the legend's (index.ts reads it through)
// (and a level of the incident scale, "**Impact:** Sev-2 · **Experiment:** EXP-2", "Impact: SEV3 — …", as SRE
// game-day and post-incident reviews rate what would have happened: the incident's level)
const IMPACT_CODE = /^\W*(P[0-4]|[Ss][Ee][Vv]-?[0-5])\W*(?:$|\s[—–-]\s)/;
function impactCode(value: string): { sev: Severity; text: string } | null {
  const m = /[Pp]|[Ss][Ee][Vv]/.test(value) ? IMPACT_CODE.exec(value) : null;
  const sev = m ? severityFromValue(m[1]) : null;
  return sev ? { sev, text: m![1] } : null;
}

/** Severity stated by a heading's label words (uppercase words, P-levels, Sev-N, emoji). */
export function severityFromLabel(label: string, anyCase: boolean): Severity | null {
  const re = anyCase
    ? SEV_TOKEN
    : /(🔴|🔥|🚨|🟠|🟡|🟢|🔵)|\bP([0-4])\b|\bSev(?:erity)?[\s-]?([0-5])\b|\b(CRITICAL|BLOCKER|SHOWSTOPPER|HIGH|MAJOR|SERIOUS|MEDIUM|MODERATE|MINOR|LOW|TRIVIAL|INFO|INFORMATIONAL|Critical|Blocker|High|Major|Medium|Moderate|Minor|Low|Trivial|Informational)\b/;
  const m = re.exec(label);
  if (!m) return null;
  if (m[1]) return SEVERITY_EMOJI[m[1]];
  if (m[2]) return P_LEVEL[Number(m[2])];
  if (m[3]) return SEV_LEVEL[Number(m[3])];
  return WORD_SEVERITY[m[4].toLowerCase()] ?? null;
}

export { statusFromText } from './status-words';

/** Words that name findings when a heading groups them. */
const FINDING_NOUN_SRC =
  String.raw`(?<![\p{L}\p{N}_])(bugs?|issues?|findings?|vulnerabilit(?:y|ies)|defects?|problems?|weakness(?:es)?|flaws?|errors?|showstoppers?|blockers?|threats?|gaps|weaknesses|deficienc(?:y|ies)|non-?conformit(?:y|ies)|shortcomings|m[äa]ngel|fehler|probl[èe]mes?|failles?|vuln[ée]rabilit[ée]s?|constats?|hallazgos?|vulnerabilidad(?:es)?|problemas?|bevindingen|bevinding|problemen|kwetsbaarhe(?:id|den)|achados?|problemi|vulnerabilità|rilievi|osservazioni|osservazione|luki|luka|ustalenia|podatności|błędy|avvikelser|avvikelse|fynd|afvigelser|funn|avvik|bulgular|bulgu|zjištění|zranitelnosti|zranitelnost|nálezy|nález|temuan|знахідк\p{L}*|знахідок|вразлив\p{L}*|недолік\p{L}*|проблем\p{L}*|зауваженн\p{L}*|дефект\p{L}*|помилк\p{L}*|помилок|невідповідн\p{L}*|neatitikt\p{L}*|radin(?:ys|iai|ių|į)|pažeidžiamum\p{L}*|trūkum(?:as|ai|ų)|ثغرة|ثغرات|الثغرات|ملاحظة|ملاحظات|الملاحظات|مشكلة|مشكلات|مشاكل)(?![\p{L}])`;
// (Vietnamese "lỗi" bugs, "lỗ hổng" vulnerabilities, "vấn đề" issues, "phát hiện" findings; Greek "ευρήματα" findings, "ευπάθειες"
// vulnerabilities, "σφάλματα" errors, "ζητήματα"/"θέματα" issues, "εκκρεμότητες" open items: words that
// open with a letter outside ASCII, where "\b" cannot stand)
const FINDING_NOUN_WIDE_SRC = String.raw`(?<![\p{L}])(lỗi|lỗ hổng|vấn đề|phát hiện|${['ευρήματα', 'εύρημα', 'ευπάθειες', 'ευπάθεια', 'σφάλματα', 'σφάλμα', 'ζητήματα', 'θέματα', 'προβλήματα', 'εκκρεμότητες'].map(greekLoose).join('|')})(?![\p{L}])`;
/** Headings that name what they list as findings without a noun for them ("What went wrong", postmortems). */
// (Convention: a fix log's "Root causes", "Root causes & fixes" lists the faults it traced, one a heading)
const FINDING_PHRASE_SRC = String.raw`\b(?:what went wrong|contributing factors?|root causes)\b`;
export const FINDING_NOUN = oneSidedBounds(new RegExp(`${FINDING_NOUN_SRC}|${FINDING_NOUN_WIDE_SRC}|${FINDING_PHRASE_SRC}`, 'iu'));
/** a word that is only a noun for findings ("Błędy", "Hallazgos") */
const FINDING_NOUN_WORD = new RegExp(`^(?:${FINDING_NOUN_SRC}|${FINDING_NOUN_WIDE_SRC})$`, 'iu');
/** the nouns alone, to strip from a group heading when it becomes a category */
export const FINDING_NOUN_G = oneSidedBounds(new RegExp(`${FINDING_NOUN_SRC}|${FINDING_NOUN_WIDE_SRC}`, 'giu'));

const REMEDY_GROUP_RE = /[^\p{L}]+/u;
/** "Root causes & fixes", "Issues and their fixes": the findings, then the remedy paired with each */
const PAIRED_REMEDY_RE = /^(.+?)\s(?:&|\+|\/|and)\s+(?:(?:their|the)\s+)?\S+\s*$/i;
/**
 * A group heading whose head noun is a remedy ("Critical Bug Fix", "Security Fixes", "Mitigations",
 * "Proposed Solutions") holds what to do about findings, not findings: the last word decides, so
 * "Fixed Issues" still groups issues.
 */
export function remedyGroup(title: string): boolean {
  // "Must fix", "Should fix": things that must be fixed, a priority bucket of findings
  if (/^\W*(?:must|should|could|need to|needs to|to)\s+(?:be\s+)?fix(?:ed)?\b/i.test(title)) return false;
  // "Won't fix (decided with Hannah)", "Will not fix", "Can't fix": the state of what was decided against, a
  // status group of findings, not the remedies for them
  if (/^\W*(?:won['’]?t|will\s+not|can['’]?t|cannot|can\s+not|not\s+to|do\s+not|don['’]?t)\s+(?:be\s+)?fix(?:ed)?\b/i.test(title)) return false;
  // Convention: a heading that pairs the findings with their remedies ("Root causes & fixes", "Problems and
  // solutions") groups findings, each told with its fix: the noun for findings before the pair decides
  const paired = PAIRED_REMEDY_RE.exec(title);
  if (paired && FINDING_NOUN.test(paired[1])) return false;
  const words = title.replace(/\([^)]*\)/g, ' ').toLowerCase().split(REMEDY_GROUP_RE).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  // ("Compensating controls" are remedies; "Access control", "Change control" name what was audited)
  if (/^controls?$/.test(last)) return /^(?:compensating|recommended|proposed|suggested|mitigating|additional|required|planned)$/.test(words[words.length - 2] ?? '');
  // Convention: a benchmark scan's "Failed recommendations" (CIS, STIG): the benchmark's recommendations the system
  // fails, each a finding named by its recommendation, not remedies offered
  if (/^recommendations?$/.test(last) && /^(?:failed|failing|unmet|non-?compliant)$/.test(words[words.length - 2] ?? '')) return false;
  return /^(fix|fixes|patch|patches|remediations?|mitigations?|solutions?|workarounds?|recommendations?|countermeasures?|safeguards?)$/.test(last);
}

/** Section titles that never are findings (generic report structure). */
// ("What I looked at", "What we reviewed", "What was checked": a first-person review's scope, the files it read)
// ("Things I checked and found no issues with": a review bot's list of what passed, folded under its findings)
// ("How to interact with Pennant": a review bot's help on its own commands, closing its comment)
// (Convention: a code review's closing "### Verdict", "Overall verdict", "Final verdict": the reviewer's decision on
// the change, "**Request changes.** …", no finding of its own even under the last level's group heading)
// (Convention: Copilot's closing "Comments suppressed due to low confidence (2)": the comments it held back, a group
// and no comment of its own)
// (Convention: an agent's "## TL;DR" over emoji-rated bullets restating the findings written up below: a summary, as
// "## Summary" is, whose lines merge into the findings they recall)
const GENERIC_TITLE =
  /^((?:(?:overall|final|review|reviewer's|reviewer s|my) )?verdict|(?:[\w-]+ )?comments? (?:suppressed|hidden|filtered out)\b.*|(?:what|things|areas) (?:i|we) (?:looked at|reviewed|checked|covered|read|examined|audited|verified)(?: and (?:found|saw|had) no (?:issues|problems|findings|concerns)(?: with)?)?|how to (?:interact|talk|chat|work) with [\w' -]{1,40}|what was (?:looked at|reviewed|checked|covered|examined|audited)|executive summary|summary|tl dr|tldr|overview|introduction|background|scope|methodology|methods?|approach|table of contents|contents|toc|conclusions?|recommendations?|next steps?|lessons learned|appendix|references|glossary|legend|(?:severity |rating |colour |color )?key|changelog|change log|notes?|acknowledg\w*|credits|timeline|metrics|statistics|status|results?|test results|validation( results)?|verification|deliverables|files? (modified|changed|scanned|reviewed|audited|to fix|affected)|files|audit history|history|success metrics|rollout\b(?!.*\b(?:safety|risks?|correctness|idempotency|reliability|issues|concerns|findings)\b).*|total\b.*|impact (summary|assessment|analysis)|risk (summary|assessment|matrix)|key findings|findings summary|summary of .*|.* summary|.* overview|.* checklist|checklist.*|testing recommendations|architecture observations|root cause analysis|best practices.*|process improvements|before fixes|after fixes|test environment|apology.*)$/i;

const GENERIC_TITLE_RE = /[^\p{L}\p{N}&' ]+/gu;
// Convention: an engineering study's or an audit's opening chapter names the basis it worked from beside its scope,
// "Scope and Basis", "Scope & Assumptions", "Basis of the Study", "Design Basis", "Assumptions and Limitations": its
// lines ("Utility source: …", "Working distance: …") are the inputs the study rests on, not something it found
const STUDY_BASIS_TITLE = /^(?:(?:scope|basis|assumptions|methodology|methods?|approach|limitations|objectives?|data sources?|inputs?)(?: (?:and|&) (?:scope|basis|assumptions|methodology|methods?|approach|limitations|objectives?|data sources?|inputs?|exclusions))+|basis of (?:the )?(?:study|analysis|design|assessment|calculations?|evaluation)|(?:study|design|calculation|modell?ing|analysis) basis|(?:key |study |modell?ing )?assumptions)$/;
/** Answers for titles already judged (reports repeat their headings and labels a lot). */
export const isGenericTitle = memoized(genericTitle);

// Convention: code in a title is a name, not a word of it ("No HTTP caching on `/api/cart/summary`", "Leak in
// `ReportOverview`": a route or a symbol that ends in "summary" or "overview" names the defect's place; the title
// is no part of the report's structure)
const CODE_SPAN_IN_TITLE = /`[^`\n]+`/g;
/**
 * Convention: an inspection's or audit's notes under its schedule or register, "### 6.1 Notes on the schedule",
 * "Comments on the findings table", "Further notes on the defects": remarks on the rows above, naming them by their
 * ids ("Regarding D1: …"), a part of the report and no finding of its own (genericTitle)
 */
const NOTES_ON_PART_TITLE = /^(?:(?:general|further|additional|supplementary) )?(?:notes|comments|remarks|commentary) (?:on|to|about) (?:the )?(?:[\w'-]+ ){0,2}?(?:schedule|table|register|findings|defects|observations|items|list|results|log|ratings|categories)$/;
function genericTitle(title: string): boolean {
  const t = (title.includes('`') ? title.replace(CODE_SPAN_IN_TITLE, ' code ') : title)
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(GENERIC_TITLE_RE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return true;
  return GENERIC_TITLE.test(t) || STUDY_BASIS_TITLE.test(t) || ((t.includes(' on ') || t.includes(' to ') || t.includes(' about ')) && NOTES_ON_PART_TITLE.test(t));
}

/** Sub-section or bold-label names that are parts of one finding, not findings. */
const PART_TITLE =
  /^(problem|issue|description|details?|summary|impact|demo impact|business impact|risk|root cause|cause|analysis|fix|fixes|the fix|fix (needed|required|applied|suggested|recommended|proposed)|complete fix( needed)?|fix applied.*|suggested fix|proposed fix|recommended fix|remediation|mitigation|solution|resolution|recommendation|recommendations|workaround|evidence|proof|poc|proof of concept|reproduction|steps to reproduce|repro|expected( behavior| behaviour)?|actual( behavior| behaviour)?|example|examples|code|code added|original code|before|after|current code|vulnerable code|files to fix|files? modified|affected files|location|testing|test|tests|verification|notes?|why|context|symptoms?|error|errors|explanation|changes?|implementation|(?:developer|client|team|vendor|sponsor|project|maintainer)(?: s|s)? (?:response|commentary|comments?|reply)|response|commentary|comments?|technical details|condition|criteria|criterion|effect|recommendations? \d+(?: \d+)*|(?:management|auditee|agency|department)(?: s|s)? (?:response|comments?|reply|views?)|kondisi|kriteria|sebab|akibat|rekomendasi(?: \d+)*|tanggapan(?: auditee| manajemen| pimpinan)?|exploit scenario|attack scenario|scenario|retest|retest result|re-test|status|references?|lines of code|affected code|assessed type|likelihood|severity|difficulty|proof|poc code|popis|dôkaz|důkaz|odporúčanie|doporučení|dopad|náprava|opis|dokaz|utvrđeno stanje|rizik|preporuka(?: \d+)*|očitovanje|posljedica|uzrok|현황|위험|원인|조치 방안|권고 사항|증적|опис|вплив|наслідки|причина|рекомендаці[яї]|що зробити|як виправити|виправлення|доказ[иі]?|кроки відтворення|відтворення|коментар[іи]?|відповідь(?: клієнта| команди| замовника)?|очікувана поведінка|фактична поведінка)$/i;

const PART_TITLE_RE = /[^\p{L}\p{N} ]+/gu;
export const isPartTitle = memoized(partTitle);

function partTitle(title: string): boolean {
  const t = title
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(PART_TITLE_RE, ' ')
    .replace(/\s+\d+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return PART_TITLE.test(t);
}

/**
 * Convention: a journal data editor's replication report (the AEA Data Editor's template and the
 * reports modelled on it) tags each request it makes of the authors: "[REQUIRED]" must be addressed
 * before the paper is accepted, "[SUGGESTED]" does not hold acceptance up, "[NOTE]" asks for nothing.
 * Each tag: the rating it gives and whether it holds up acceptance; null for a tag that asks nothing.
 */
export const REQUEST_TAGS: Record<string, { severity: Severity; blocks: boolean } | null> = {
  required: { severity: 'high', blocks: true },
  mandatory: { severity: 'high', blocks: true },
  must: { severity: 'high', blocks: true },
  'must fix': { severity: 'high', blocks: true },
  essential: { severity: 'high', blocks: true },
  suggested: { severity: 'low', blocks: false },
  suggestion: { severity: 'low', blocks: false },
  recommended: { severity: 'low', blocks: false },
  optional: { severity: 'low', blocks: false },
  'nice to have': { severity: 'low', blocks: false },
  note: null,
  fyi: null,
  comment: null,
  info: null,
};

/** "[REQUIRED] Please …", "**[SUGGESTED]** …": the request tag opening a line, and the rest of the line. */
export function requestTag(md: string): { tag: string; rest: string } | null {
  const m = /^\s*(?:\*\*|__)?\[([A-Za-z][A-Za-z ]{1,20})\](?:\*\*|__)?[ \t]+(\S[^]*)$/.exec(md);
  if (!m) return null;
  const tag = m[1].trim().toLowerCase();
  return tag in REQUEST_TAGS ? { tag, rest: m[2] } : null;
}

/** "Category 1: …", "Phase 2 …", "Round 3: …": labels of groups or steps, not findings. */
// (and in Ukrainian: "Етап 1", "Фаза 2", "Крок 3", "Розділ 4")
export const GROUP_LABEL = /^(category|phase|round|part|section|stage|step|sprint|milestone|chapter|wave|iteration|week|day|tier|категорія|етап|фаза|крок|спринт|розділ|частина|хвиля|тиждень|день)\s+[\dIVX]+(?![\p{L}\p{N}])/iu;

/** Convention: a scanner's instance id or issue hash under an id key, "Instance ID: 3F9A1C7E…" (Fortify's 32 hex
 * digits, a fingerprint's 16 to 64): hex of both digits and letters, as a tracker's "ABC-12" is (readBodyLines) */
export const REF_HASH = /^(?=[0-9A-Fa-f]*[A-Fa-f])(?=[0-9A-Fa-f]*\d)[0-9A-Fa-f]{16,64}$/;

type FieldKind = 'severity' | 'location' | 'status' | 'phase' | 'effort' | 'blocks' | 'depends' | 'category' | 'ref' | 'labels' | 'likelihood';

/**
 * Keys of a finding's fields, by language: lower case, accents folded ("Sévérité" is "severite",
 * "Závažnost" is "zavaznost"), one space between words. A language is added in one place.
 */
const FIELD_KEYS: Record<string, Partial<Record<FieldKind, string[]>>> = {
  en: {
    // ("Importance: P1 critical": Bugzilla shows a bug's priority and severity under one name)
    severity: ['severity', 'sev', 'priority', 'importance', 'tier', 'grade', 'criticality', 'risk', 'risk level', 'risk rating', 'impact level', 'severity level', 'rating', 'cvss', 'cvss score', 'overall risk', 'risk score',
      // a risk register rates what is left after the mitigations; the inherent risk is where it started
      'residual risk', 'residual risk rating', 'residual rating', 'net risk',
      // (Convention: a risk register's rating before its measures, "Inherent risk: High": the risk's when no residual
      // rating is read beside it, INHERENT_KEY; "| Inherent |" alone heads such a column, mentions.ts)
      'inherent risk', 'inherent rating', 'inherent risk rating',
      // (ATAM and risk registers: exposure is likelihood and impact combined, the risk's rating)
      'exposure', 'risk exposure',
      // ("Weight: ◆◆◆", "Weight: heavy": how much the finding weighs on the report's own scale)
      'weight',
      // (Convention: an audit's finding line "Level: Major", "Level: Observation": the grade on the report's own
      // scale named alone, as French "Niveau :" and Italian "Livello:")
      'level',
      // (a TARA's or risk register's "Risk value: 4": the level on its numbered risk scale)
      'risk value',
      // Convention: a UK assurance or vendor-risk report's "RAG: Amber", "RAG rating: Red": the red/amber/green
      // rating its legend defines
      'rag', 'rag rating',
      // Convention: GitHub code scanning's two ratings of one alert, the rule's own level ("CodeQL severity: error",
      // "warning", "note") and the CVSS-derived "Security severity: High (8.8)" shown beside it (the API's
      // `security_severity_level`): the security severity rates the finding, the tool's level is no rating
      'security severity', 'security severity level',
      // (a heuristic evaluation's "Ratings: IO 4 · MD 3 · SR 3 → 3.3": each evaluator's score, then their mean;
      // RATER_SCORES)
      'ratings', 'scores', 'severity ratings',
      // Convention: a controls audit's or a management-system audit's grade of each exception, "Classification:
      // Significant deficiency" (SOX: control deficiency / significant deficiency / material weakness), "|
      // Classification | Minor NC |" (ISO audits: major / minor nonconformity, OFI): the finding's rating
      'classification', 'deficiency classification', 'finding classification', 'nc classification', 'nc grade', 'grading',
      // Convention: a Fortify SSC / Audit Workbench issue export files each issue under a priority folder,
      // "Folder: Critical" (Critical / High / Medium / Low): the folder is the issue's rating
      'folder', 'priority folder', 'fortify priority',
      // Convention: a threat model scores each threat by DREAD (Damage, Reproducibility, Exploitability, Affected
      // users, Discoverability), "**DREAD:** D9 R9 E8 A9 D7 → **8.4 (Critical)**", "DREAD score: 6.6 (High)": the
      // score and the band it maps to are the threat's rating
      'dread', 'dread score', 'dread rating', 'dread risk', 'dread risk score', 'dread total',
      // Convention: a medical-device risk file or CAPA report (ISO 14971, IEC 62304) rates each anomaly by the
      // severity of the harm it can lead to, "Severity of harm: S4 (Severe)", "| Harm | S3 |": the rating, on the
      // scale the report's legend defines
      'severity of harm', 'harm severity', 'harm'],
    location: ['file', 'files', 'location', 'locations', 'path', 'paths', 'affected file', 'affected files', 'affected code', 'affected component', 'affected components', 'file affected', 'files affected', 'where', 'source', 'file path', 'code location', 'line', 'lines', 'file to fix', 'files to fix', 'affected', 'target', 'targets', 'resource', 'resources', 'affected resource', 'affected resources', 'resource id', 'arn', 'endpoint', 'endpoints', 'route', 'url', 'affected endpoint', 'affected endpoints', 'affected url', 'affected urls', 'affected route', 'affected path', 'affected paths',
      // (pentest reports: "**Affected assets:** `GET /v3/accounts/{id}`", "Affected asset: `AndroidManifest.xml`")
      'affected asset', 'affected assets',
      // (a web finding's table naming both its endpoint and the code behind it: "| Affected | `GET /v2/x/{id}` |"
      // then "| Code reference | `internal/x/handler.go:88` |": the file and line is where to fix it)
      'code reference', 'code references', 'code ref', 'source reference', 'source location',
      // (Convention: a web pentest with source access names, beside the finding's endpoint ("| Endpoint | `GET
      // /api/v2/x/{id}` |"), the code behind it under a "Source code" field, "| Source code | `app/X.php:87` |"; as
      // Romanian "Cod sursă", French "Code source", Spanish "Código fuente", German "Quellcode" below: routes
      // sort after files (index.ts), so the file and line is where the finding is)
      'source code', 'affected source code', 'vulnerable source code',
      // ("Call sites: `apps/api/src/routes/exports.ts:88`, …": the places in the code that use what the finding is about)
      'call site', 'call sites',
      // (Convention: a dependency alert's manifest, "Manifest: `packages/api/package-lock.json`", as Dependabot and
      // Snyk name per alert the lockfile or manifest the vulnerable version is resolved from: where the bump goes)
      'manifest', 'manifests', 'manifest file', 'lockfile', 'lock file'],
    status: ['status', 'state', 'fix status', 'resolution status', 'current status', 'resolution', 'treatment', 'risk treatment', 'disposition',
      // (Convention: an SBOM vulnerability triage names its state after VEX (CISA, CycloneDX, OpenVEX), "| VEX status |"
      // with "| not_affected |", "| fixed |", "VEX status: affected — action: update", or after Dependency-Track's
      // analysis, "Analysis state: Not Affected": where the scanner's match stands for this product)
      'vex status', 'vex state', 'vex analysis', 'analysis state',
      // (a penetration test's report after its retest: "| Retest | ✅ Remediated — retest passed 27 May |", where
      // the finding stands now)
      'retest', 'retest result', 'retest status', 're-test', 're-test result', 're-test status',
      // (Convention: a review re-checked against a later version or round names the state by it, "| v7 status | ✅
      // Closed — verified |", "Status (v2)", "Round 2 status": where the finding stands on that re-check; the digits
      // fold away)
      'v status', 'status v', 'status in v', 'status at v', 'round status', 'status after round',
      // (a bug bash's or a triage meeting's notes: "- Triage: **won't fix** — …", "Triage outcome: duplicate of
      // BB-01", the outcome the triage gave each bug is where it stands)
      'triage', 'triage outcome', 'triage decision', 'triage result', 'triage status', 'triaged as',
      // (meeting minutes' decision on an agenda topic: "✅ **Decision: Fix now.** …", "Decision: Defer to Q1",
      // "Decision: Not a bug": what the meeting decided is where the topic's issue stands)
      'decision',
      // Convention: a controls audit's remediation line, "Owner / remediation date: T. Achebe — complete, pending IA
      // validation", "Remediation date: 30 April (remediation in progress)": a date while the fix is owed, the state
      // once it is made or under way
      'remediation date', 'owner remediation date', 'remediation target date', 'target remediation date',
      // Convention: a certification audit's nonconformity record closes with the auditor's review of the site's
      // corrective-action evidence, "Auditor review: Accepted. Closed.", "CB review: Not accepted — evidence
      // incomplete. Open.": the review's verdict is where the nonconformity stands
      'auditor review', 'auditor s review', 'auditor verification', 'cb review', 'review of corrective action', 'corrective action review',
      // Convention: a design or code review's summary table gives the code owner's answer to each point in a
      // column of its own, "| Owner reply |" with "agreed", "in progress", "won't fix", "fixed": the answer is
      // where the point stands
      'owner reply', 'owner s reply', 'author reply', 'author s reply',
      // Convention: a threat model's line on each threat's control, "**Mitigation status:** Not mitigated",
      // "Partial — …", "In progress (PAY-2231)", "Accepted — risk accepted by …" (STRIDE reviews, Microsoft's Threat
      // Modeling Tool's "State"): where the threat stands; one read as "Mitigated" is no finding (classify.ts)
      'mitigation status', 'mitigation state', 'threat status', 'threat state',
      // Convention: a load or performance test report re-runs its tests after the fixes and names each finding's
      // state by that re-run, "Status after retest: ✅ Fixed — verified in R3", "Status after re-test: Closed — not
      // a defect": where the finding stands after the retest
      'status after retest', 'status after re test', 'status after rerun', 'status after re run',
      // Convention: a risk register or DPIA (ISO/IEC 27005, GDPR Art. 35) keeps, beside each risk's inherent rating,
      // where its treatment stands, "| Treatment status |" with "In progress", "Implemented", "Risk accepted — no
      // further action": the treatment's state is the risk's, read in every table of the register, however few rows
      'treatment status', 'treatment state', 'risk treatment status', 'risk status'],
    phase: ['phase', 'area', 'module', 'component', 'milestone',
      // Convention: a management-system audit's finding names the part of the site or the process it was raised in,
      // "Area audited: Paint shop", "Audited area: …", "Process audited: Purchasing", "Area inspected: …"
      'area audited', 'audited area', 'audit area', 'area inspected', 'process audited', 'audited process',
      // Convention: a red-team or purple-team report places each finding on the attack path it was used in,
      // "Kill-chain phase: Credential Access", "Tactic: Lateral Movement", "ATT&CK tactic: Initial Access" (the
      // MITRE ATT&CK tactic or the kill chain's phase): the finding's phase
      'kill chain phase', 'kill chain stage', 'attack phase', 'attack stage', 'tactic', 'att ck tactic', 'mitre tactic', 'mitre att ck tactic',
      // Convention: a load or performance test report names the kind of test run each finding was seen in, "Test
      // phase: Soak", "Test type: Spike" (load, stress, spike, soak): the finding's own phase, which stays over the
      // name of the step of the report's tuning plan that lists it
      'test phase', 'test stage', 'test type'],
    effort: ['effort', 'estimated effort', 'estimate', 'estimated', 'estimated time', 'estimated fix time', 'time estimate', 'fix time', 'effort to fix', 'time to fix', 'cost', 'time', 'duration', 'eta'],
    blocks: ['blocks deployment', 'block deployment', 'blocking', 'deployment blocker', 'blocks release', 'release blocker',
      // (Convention: a finding's line naming the gate it holds, "Release gate: Blocker", "Merge gate: not blocking")
      'release gate', 'deployment gate', 'deploy gate', 'merge gate', 'launch gate', 'ship gate', 'go live gate',
      // Convention: a release-readiness or peak-readiness report (load tests before a launch or a sale) names per
      // finding whether it holds the go/no-go decision, "Go/no-go blocker: Yes (now closed)", "Go/no-go blocker: No —
      // degraded but usable": whether it must be fixed before the go-live
      'go no go blocker', 'blocks go no go', 'go no go gate',
      // (Convention: a vendor or third-party risk assessment's finding table, "| Go-live condition | Yes (C1) |", "| Go-live
      // condition | No. Tracked post go-live. |": whether fixing it is one of the approval's conditions for going live)
      'go live condition', 'launch condition', 'release condition', 'deployment condition', 'onboarding condition',
      // (Convention: a DPIA's or project risk register's column naming what must be in place before the processing or
      // the project starts, "| Pre-start | Yes |", "| Before go-live | No |", "Pre-launch: Yes": whether it holds the start)
      'pre start', 'pre go live', 'pre launch', 'pre release', 'pre deployment', 'before go live', 'before launch', 'before start', 'pre start condition', 'pre go live condition',
      // Convention: a German test or audit report's per-finding field whether the finding counts for the approval of
      // the go-live, "Freigaberelevant: ja", "| Abnahmerelevant | nein |", "Go-Live-relevant: ja" (relevant to the
      // release approval, the acceptance, the go-live): a field answered ja or nein, as "Release blocker: yes"
      'freigaberelevant', 'abnahmerelevant', 'go live relevant', 'golive relevant', 'releaserelevant', 'release relevant', 'inbetriebnahmerelevant'],
    depends: ['depends on', 'dependencies', 'dependency', 'blocked by', 'requires'],
    category: ['category', 'type', 'class', 'cwe'],
    ref: ['id', 'ref', 'reference', 'identifier', 'finding id', 'issue id', 'finding', 'finding no', 'ticket', 'ticket id', 'jira', 'issue key', 'tracker', 'tracking',
      // (a risk's entry in the board's risk register: "Register: ARB-114 — open")
      'register', 'risk register', 'register entry', 'risk log',
      // (Convention: a scanner's export names each issue by its instance hash, Fortify's "Instance ID:
      // 3F9A…E315" (32 hex digits), "Issue hash:", "Fingerprint:": the id its tool finds it by; RefHash)
      'instance id', 'issue instance id', 'instance', 'issue hash', 'instance hash'],
    labels: ['label', 'labels', 'tag', 'tags'],
    likelihood: ['likelihood', 'probability', 'exploitability'],
  },
  de: {
    // ("Gewichtung: **B** · Status: offen": the weight given to the finding, as English "Weight:")
    // ("| Schwere | Status |": the short form of Schweregrad, as German trackers and QA tables head the column)
    // ("| Einstufung | Status |", "Einstufung: hoch": the grade a finding is classed at, as "Rating:")
    // ("Risikoklasse: R4 – Kritisch", "Risikostufe: K2 – Mittel": a German pentest firm's own risk class, as "Risk level:")
    // (Convention: a German findings table heads its rating column by the step on the scale, "| Stufe |" over "hoch",
    // "mittel", "niedrig", or by the assessment given, "| Bewertung |": the finding's severity, as "Einstufung")
    severity: ['schweregrad', 'schwere', 'prioritat', 'kritikalitat', 'risiko', 'gewichtung', 'einstufung', 'risikoklasse', 'risikostufe', 'stufe', 'bewertung'],
    // (Convention: "| Betroffen | `static/js/vendor/jquery.min.js` |": what is affected, alone, as English "Affected:")
    location: ['quellcode', 'quelltext', 'datei', 'dateien', 'fundstelle', 'ort', 'wo', 'betroffen', 'endpunkt', 'betroffener endpunkt', 'betroffene endpunkte', 'betroffene ressource', 'betroffene ressourcen', 'betroffene datei', 'betroffene dateien', 'betroffene url', 'pfad', 'ressource'],
    status: ['zustand'],
    effort: ['aufwand', 'schatzung', 'geschatzter aufwand'],
    ref: ['kennung', 'kennzeichen', 'referenz'],
    // ("*Abhängigkeit:* setzt K-02 voraus": what the finding's fix waits for)
    depends: ['abhangigkeit', 'abhangigkeiten', 'abhangig von', 'voraussetzung'],
  },
  fr: {
    severity: ['criticite', 'gravite', 'severite', 'priorite', 'niveau', 'niveau de risque', 'risque'],
    // ("| Composant | `src/Api/X.php`, ligne 88 |": French pentest records name the affected component, its file and
    // line, as English "Affected component" and Spanish "Componente")
    location: ['code source', 'fichier', 'fichiers', 'emplacement', 'ou', 'ligne', 'lignes', 'composant', 'composant affecte', 'composants affectes', 'composant concerne', 'composants concernes'],
    status: ['statut', 'etat'],
    effort: ['effort estime'],
    ref: ['reference', 'identifiant'],
    // ("- Prérequis : la correction de RVS-01", "Dépendance : RVS-01": what the finding's fix waits for)
    depends: ['prerequis', 'dependance', 'dependances', 'depend de', 'bloque par'],
  },
  es: {
    // ("- **Clasificación:** No conformidad menor": the grade a conformity audit classes a finding at, as German
    // "Einstufung")
    severity: ['gravedad', 'severidad', 'prioridad', 'criticidad', 'riesgo', 'clasificacion'],
    // ("- **Archivo:** `a.py`" over "- **Línea:** 142–151": the line of the file named above)
    // ("| Componente | `com/x/TokenStore.java`, línea 54 |": Spanish pentest records name the affected component, its
    // file and line, as English "Affected component")
    location: ['codigo fuente', 'archivo', 'archivos', 'ubicacion', 'ruta', 'donde', 'linea', 'lineas', 'componente', 'componente afectado', 'componentes afectados'],
    status: ['estado', 'situacion'],
    phase: ['fase', 'etapa'],
    effort: ['esfuerzo', 'esfuerzo estimado', 'estimacion'],
    ref: ['referencia', 'identificador'],
    // ("- **Bloqueante:** Sí", "- **Bloqueante:** No (ya corregido)": whether the finding holds back the release,
    // the adjective as the field's name, as English "Blocking: yes")
    blocks: ['bloqueante'],
  },
  // Catalan: "Gravetat", "Criticitat", "Ubicació", "Estat", "Dependència", "Esforç"
  ca: {
    severity: ['gravetat', 'severitat', 'criticitat', 'prioritat', 'risc', 'nivell de risc'],
    location: ['ubicacio', 'fitxer', 'ruta', 'lloc', 'on'],
    status: ['estat', 'situacio'],
    effort: ['esforc', 'esforc estimat'],
    ref: ['referencia', 'identificador'],
    depends: ['dependencia', 'depen de'],
  },
  it: {
    // ("| Severità |": the Italian bug tracker's and QA report's column, Jira's own Italian label for it)
    // ("| Classificazione | NC minore |": a conformity audit's grade, as Spanish "Clasificación")
    severity: ['gravita', 'severita', 'priorita', 'criticita', 'livello', 'livello di rischio', 'rischio', 'classificazione'],
    location: ['codice sorgente', 'dove', 'posizione', 'risorsa', 'percorso', 'riga', 'righe'],
    status: ['stato'],
    ref: ['riferimento', 'identificativo'],
  },
  pt: {
    // (Convention: a Portuguese audit's finding line "**Nível:** Elevado · **Estado:** Em aberto", the level on the
    // report's scale named alone, as French "Niveau :" and Italian "Livello:")
    // ("| Classificação | NC (maior) |": the grade a conformity audit classes a finding at, as Spanish "Clasificación")
    severity: ['gravidade', 'prioridade', 'severidade', 'criticidade', 'risco', 'nivel de risco', 'nivel', 'classificacao'],
    likelihood: ['probabilidade'],
    location: ['codigo fonte', 'arquivo', 'arquivos', 'localizacao', 'linha', 'linhas'],
    status: ['situacao'],
    // ("| Fase |" over "| Fase 3 |", "Etapa: 2": the step of the plan a finding is put in, as English "Phase")
    phase: ['fase', 'etapa'],
    ref: ['referencia', 'identificador'],
  },
  nl: {
    severity: ['ernst', 'ernstniveau', 'prioriteit', 'risico', 'risiconiveau'],
    location: ['broncode', 'bestand', 'bestanden', 'locatie', 'vindplaats'],
    status: ['staat'],
    ref: ['kenmerk', 'referentie'],
  },
  // ("Miejsce: `app/…/NfcPaymentFlow.kt:214`", "Blokuje wydanie: **tak**", "Zależność: naprawa możliwa dopiero po KM-1043")
  pl: {
    severity: ['ryzyko', 'poziom ryzyka', 'waga', 'priorytet', 'istotnosc', 'krytycznosc', 'waznosc'],
    location: ['kod zrodlowy', 'miejsce', 'lokalizacja', 'plik', 'pliki', 'sciezka'],
    blocks: ['blokuje wydanie', 'blokuje wdrozenie', 'blokuje release', 'blokuje publikacje', 'bloker wydania',
      // (Convention: a Polish code review's line on each remark, "**Blokuje merge:** tak" / "nie (już poprawione)":
      // whether it holds back the merge request, as English "Blocks merge: no"; "scalenie" is the Polish word for it)
      'blokuje merge', 'blokuje scalenie', 'blokuje mr'],
    depends: ['zaleznosc', 'zaleznosci', 'zalezy od'],
    effort: ['naklad', 'naklad pracy', 'szacunek', 'pracochlonnosc'],
  },
  // (Convention: a Swedish audit's observation, "**Risknivå:** Kritisk · **Status:** Pågående", the risk level on the
  // report's Kritisk / Hög / Medel / Låg scale, as public-sector audits (kommunrevision, MSB-based reviews) rate each
  // iakttagelse; "Risk:", "Prioritet:" the same; "Förutsättning: 5.3.1" what its fix waits for)
  sv: {
    severity: ['allvarlighet', 'allvarlighetsgrad', 'riskniva', 'risk', 'riskgrad', 'riskbedomning', 'prioritet'],
    location: ['plats', 'placering', 'fil'],
    ref: ['referens', 'id'],
    depends: ['beroende', 'beroende av', 'forutsattning', 'forutsattningar'],
    // Convention: a Swedish pentest's or test report's overview column (or field) of Ja / Nej named for the
    // obstacle to the step shipped, "| Lanseringshinder |", "Releasehinder: Nej", "Hinder för driftsättning": a
    // Ja holds the launch back, a Nej does not
    blocks: ['lanseringshinder', 'releasehinder', 'driftsattningshinder', 'produktionshinder', 'hinder for lansering', 'hinder for release', 'hinder for driftsattning'],
  },
  // (Convention: Norwegian "| **Lokasjon** | `katalog/sok.php`, linje 88 |" and Danish "Lokation": the place of the
  // finding, a loanword as common as "Plassering" / "Placering")
  // (Danish and Norwegian audits name the same field "Risikoniveau" / "Risikonivå")
  da: { severity: ['alvorlighed', 'alvorligheds', 'alvorlighedsgrad', 'risikoniveau'], location: ['placering', 'lokation', 'fil'] },
  no: { severity: ['alvorlighet', 'alvorlighets', 'alvorlighetsgrad', 'risikoniva'], location: ['plassering', 'lokasjon', 'fil'] },
  // (Convention: "**Bağımlılık:** MDB-04 … tamamlanmadan uygulanamaz" (dependency: cannot be applied before MDB-04
  // is done), "Ön koşul:": what a Turkish pentest finding's fix waits for, as German "Abhängigkeit:")
  // (Convention: a Turkish pentest's finding table, "| Risk Seviyesi | **Yüksek** |" (risk level), "| Etkilenen Uç Nokta
  // | `POST /hesap` |" (affected endpoint), "| Kaynak Kod | `src/…/HesapController.cs`, satır 211 |" (source code),
  // "| Yeniden Test Durumu | Giderildi |" (retest state): the level, the places and the state, as the English keys)
  tr: {
    severity: ['onem', 'onem derecesi', 'seviye', 'risk seviyesi', 'risk derecesi', 'onem seviyesi'],
    location: ['konum', 'dosya', 'kaynak kod', 'kaynak kodu', 'kaynak dosya', 'etkilenen dosya', 'etkilenen dosyalar', 'uc nokta', 'etkilenen uc nokta', 'etkilenen uc noktalar', 'etkilenen url'],
    status: ['durum', 'yeniden test', 'yeniden test durumu', 'yeniden test sonucu'],
    blocks: ['surum engeli', 'yayin engeli'],
    depends: ['bagimlilik', 'bagimliliklar', 'on kosul'],
  },
  cs: {
    severity: ['zavaznost', 'priorita', 'riziko', 'kriticnost'],
    location: ['umisteni', 'misto', 'soubor', 'cesta'],
    status: ['stav'],
    effort: ['odhad', 'pracnost'],
  },
  hu: {
    severity: ['sulyossag', 'kockazat', 'prioritas', 'besorolas'],
    location: ['hely', 'helye', 'fajl', 'erintett fajl', 'utvonal'],
    status: ['allapot', 'statusz'],
    ref: ['azonosito'],
    effort: ['raforditas', 'becsult raforditas'],
    depends: ['fuggoseg'],
    // Convention: a Hungarian audit's per-finding line whether it holds the go-live, "**Élesítést blokkolja:** igen"
    // (it blocks the go-live: the step named first, in the accusative), "Kiadást blokkolja: nem" (the release)
    blocks: ['elesitest blokkolja', 'kiadast blokkolja', 'telepitest blokkolja', 'bevezetest blokkolja', 'indulast blokkolja', 'elesitest blokkol', 'elesitesi blokkolo', 'blokkolja az elesitest'],
  },
  sk: {
    severity: ['zavaznost', 'kritickost', 'riziko'],
    location: ['umiestnenie', 'miesto', 'subor', 'koncovy bod'],
    status: ['stav'],
    depends: ['zavislost'],
  },
  fi: {
    severity: ['vakavuus', 'luokka', 'vakavuusluokka', 'riski', 'riskitaso', 'prioriteetti'],
    location: ['sijainti', 'tiedosto', 'kohta'],
    status: ['tila'],
    ref: ['tunniste'],
    effort: ['tyomaara', 'arvio'],
    depends: ['riippuvuus'],
    // Convention: a Finnish audit's per-finding line whether it holds the release, "**Estää julkaisun:** Ei" (it
    // prevents the release: no), "Estää käyttöönoton: Kyllä" (the go-live), "Julkaisueste: kyllä": the verb
    // phrase as the field's name, answered yes or no
    blocks: ['estaa julkaisun', 'estaa kayttoonoton', 'estaa tuotantoon viennin', 'estaa tuotantoonviennin', 'julkaisueste', 'julkaisun este'],
  },
  // Estonian: "Riskitase", "Raskusaste", "Seis", "Olek", "Asukoht", "Sõltub"
  // (Convention: an Estonian security review's field list, "**Tõsidus:** Kõrge" (severity), "**Tõsidusaste:**",
  // "**Sõltuvus:** TA-02" (dependency), and whether it holds the go-live, "**Blokeerib tootmisse viimise:** jah" (it
  // blocks taking into production), "Blokeerib väljalaske: ei" (the release))
  et: {
    severity: ['riskitase', 'raskusaste', 'kriitilisus', 'prioriteet', 'risk', 'tosidus', 'tosidusaste'],
    location: ['asukoht', 'fail', 'koht'],
    status: ['seis', 'olek', 'staatus'],
    ref: ['tunnus', 'id'],
    effort: ['toomaht', 'hinnang'],
    depends: ['soltub', 'soltuvus'],
    blocks: ['blokeerib tootmisse viimise', 'blokeerib tootmisse mineku', 'blokeerib valjalaske', 'blokeerib valjalaset', 'blokeerib juurutamise', 'blokeerib kaivitamise', 'valjalaske blokeerija'],
  },
  // Icelandic: "Áhætta", "Alvarleiki", "Mikilvægi", "Forgangur", "Staða", "Staðsetning", "Háð"
  is: {
    severity: ['áhætta', 'áhættumat', 'alvarleiki', 'alvarleikastig', 'mikilvægi', 'forgangur', 'flokkur áhættu'],
    location: ['staðsetning', 'skrá', 'staður'],
    status: ['staða', 'ástand'],
    ref: ['auðkenni', 'númer'],
    effort: ['vinnumat', 'áætluð vinna'],
    depends: ['háð', 'háð því'],
  },
  ro: {
    severity: ['risc', 'severitate', 'gravitate', 'nivel de risc', 'prioritate', 'criticitate'],
    // (Convention: a Romanian web pentest's finding table names the endpoint under "| Componentă | `GET /api/…` |"
    // and the code behind it under "| Cod sursă | `app/…/X.php:87` |": both places, the file first (index.ts))
    location: ['locatie', 'fisier', 'cale', 'amplasare', 'cod sursa', 'fisier sursa', 'componenta', 'componenta afectata', 'endpoint', 'endpoint afectat',
      // (Convention: a Romanian pentest's finding record names where it is, "| URL afectat | `https://…/api/v2/…` |",
      // "**Fișier afectat:** `…/main.js`" (affected URL, affected file): the place, as English "Affected URL:")
      'url afectat', 'url uri afectate', 'fisier afectat', 'fisiere afectate', 'resursa afectata', 'resurse afectate'],
    // (Convention: a Romanian retest report's field "| Status retestare | Remediat (10.12.2024) |", "**Status după
    // retestare:** Deschis" (state at the retest): the finding's state, as English "Retest status:")
    status: ['stare', 'stadiu', 'status retestare', 'status dupa retestare', 'stare retestare', 'rezultat retestare', 'retestare'],
    effort: ['efort', 'efort estimat'],
    depends: ['depinde de'],
  },
  // Croatian (and Serbian, Bosnian: the same keys); Slovenian "resnost", "prioriteta", "stanje"
  hr: {
    // (Slovenian: "Razvrstitev: večja neskladnost" the classification, "Mesto: list »Kadri«" the place)
    severity: ['prioritet', 'ozbiljnost', 'kriticnost', 'razina rizika', 'stupanj rizika', 'resnost', 'prioriteta', 'razvrstitev'],
    location: ['lokacija', 'datoteka', 'putanja', 'mesto'],
    status: ['stanje'],
    ref: ['oznaka'],
    effort: ['procjena', 'procijenjeni napor'],
    depends: ['ovisnost', 'preduvjet', 'ovisi o', 'odvisno od'],
  },
  // Convention: Basque (euskara): "**Larritasuna:** Altua" (severity), "**Egoera:** Irekita" (state), "**Kokapena:**
  // `a.py:12`" (location), "Mendekotasuna: SEG-02" (dependency)
  eu: {
    severity: ['larritasuna', 'larritasun maila', 'arriskua', 'arrisku maila', 'lehentasuna', 'kritikotasuna'],
    location: ['kokapena', 'fitxategia', 'bidea', 'lekua'],
    status: ['egoera'],
    ref: ['identifikatzailea', 'erreferentzia'],
    effort: ['ahalegina', 'estimazioa'],
    depends: ['mendekotasuna', 'menpekotasuna', 'menpe', 'mende'],
    blocks: ['blokeatzailea', 'argitalpena blokeatzen du', 'hedapena blokeatzen du'],
    category: ['kategoria', 'mota'],
  },
  // Convention: Welsh (Cymraeg): "**Difrifoldeb:** Uchel" (severity), "**Statws:** Agored" (status), "**Lleoliad:**
  // `a.html`, llinell 48" (location), "Dibyniaeth: HYG-01" (dependency), "Categori:" (category)
  cy: {
    severity: ['difrifoldeb', 'lefel difrifoldeb', 'blaenoriaeth', 'risg', 'lefel risg'],
    location: ['lleoliad', 'ffeil', 'llwybr'],
    status: ['statws', 'cyflwr'],
    ref: ['cyfeirnod', 'dynodydd'],
    effort: ['ymdrech', 'amcangyfrif'],
    depends: ['dibyniaeth', 'dibyniaethau', 'yn dibynnu ar', 'dibynnu ar'],
    blocks: ['yn atal lansio', 'atal lansio', 'yn atal rhyddhau'],
    category: ['categori'],
  },
  // Indonesian: "Kode temuan: SPI-01", "Tingkat risiko: Tinggi", "Lokasi: …"
  // (Convention: a code review's finding fields name the level alone, "**Tingkat:** Kritis" (the level) under a
  // "Skala Tingkat Keparahan" legend, and the order of work "**Ketergantungan:** tunggu KR-06 selesai" (the
  // dependency: wait for KR-06 to be done), "Tergantung pada: KR-06" (depends on))
  id: {
    severity: ['tingkat risiko', 'risiko', 'tingkat keparahan', 'keparahan', 'prioritas', 'tingkat'],
    location: ['lokasi', 'berkas'],
    // (Convention: a report handed back after a retest names the state in Indonesian word order, "Status Retest:
    // Diperbaiki", "Status setelah retest:", "Status perbaikan:" (the state of the fix), as English "Retest status")
    status: ['status tindak lanjut', 'status retest', 'status re test', 'status setelah retest', 'status pasca retest', 'status perbaikan', 'status remediasi'],
    ref: ['kode temuan', 'kode'],
    effort: ['estimasi', 'perkiraan upaya'],
    depends: ['bergantung pada', 'prasyarat', 'ketergantungan', 'tergantung pada', 'tergantung'],
    // (Convention: an Indonesian pentest or QA report's per-finding field whether the finding holds the release,
    // "| Penghalang Rilis | Ya |", "**Penghalang Rilis:** Tidak" (release blocker: yes / no), as English "Release blocker")
    blocks: ['penghalang rilis', 'penghambat rilis', 'menghalangi rilis', 'memblokir rilis', 'penghalang go live', 'penghalang peluncuran'],
  },
  // Malay: "Keutamaan: P1" (priority), "Tahap keterukan: Tinggi" (severity level), "Lokasi: …", "Status: Terbuka",
  // "Bergantung kepada: DEP-04" (depends on), "Menghalang pelancaran: Ya" (blocks the launch: yes), and the
  // same field with the other Malay verb for blocking, "| Menyekat pelancaran | Ya |" (blocks the launch)
  ms: {
    severity: ['keutamaan', 'tahap keutamaan', 'keterukan', 'tahap keterukan', 'tahap risiko', 'risiko'],
    location: ['lokasi', 'fail', 'laluan fail'],
    ref: ['rujukan', 'no rujukan', 'kod penemuan'],
    effort: ['anggaran', 'anggaran usaha'],
    blocks: ['menghalang pelancaran', 'menghalang keluaran', 'menghalang penamatan', 'penghalang pelancaran',
      'menyekat pelancaran', 'menyekat keluaran', 'menyekat go live', 'penyekat pelancaran'],
    // (Malay "Kebergantungan: DEP-04", the dependency, as Indonesian "Ketergantungan")
    depends: ['bergantung kepada', 'bergantung pada', 'prasyarat', 'kebergantungan'],
    category: ['kategori'],
  },
  // Afrikaans: "Plek: `…`" (place), "Erns: Hoog" (severity), "Status: Oop", "Hang af van: MOB-8" (depends on),
  // "Keer vrystelling: Ja" (stops the release: yes)
  af: {
    severity: ['erns', 'ernstigheid', 'ernsgraad', 'prioriteit', 'risiko'],
    location: ['plek', 'lêer', 'ligging'],
    status: ['stand'],
    ref: ['verwysing'],
    blocks: ['keer vrystelling', 'blokkeer vrystelling'],
    depends: ['hang af van', 'afhanklik van'],
    category: ['kategorie'],
  },
  // Japanese: "- 該当箇所: `src/…`" (the place concerned), "- 状態: 対応中", "- リリース阻害: はい" (holds the
  // release: yes), "- 依存関係: TZ-04 の修正後" (depends on), "- 対応フェーズ: フェーズ1" (the phase of the plan it is
  // fixed in)
  ja: {
    severity: ['重要度', '深刻度', '優先度', '危険度', 'リスク'],
    phase: ['対応フェーズ', 'フェーズ', '対応時期'],
    location: ['該当箇所', '箇所', '場所', 'ファイル', '対象ファイル'],
    // (Convention: a diagnosis report handed back after its retest, "| 再診断結果 | 解消（12月1日確認） |": where the
    // finding stands after the re-check, as "Retest result" and Chinese "複測結果")
    status: ['状態', 'ステータス', '対応状況', '対応状態', '再診断結果', '再検査結果', '再テスト結果', '再試験結果'],
    // ("公開前対応: 必須", "リリース前対応: 不要": the fix before the site or release is published, required or not)
    blocks: ['リリース阻害', 'リリースブロッカー', 'リリース阻害要因', '公開前対応', '公開前の対応', 'リリース前対応', 'リリース前の対応'],
    depends: ['依存関係', '依存', '前提'],
    effort: ['工数', '見積もり', '見積'],
    category: ['分類', 'カテゴリ', '種別'],
  },
  // Korean: keys as official outlines write them ("○ 위험도 : 상", "○ 조치 상태 : 미조치"), and a code
  // review's plain "상태: 미해결" (state)
  ko: {
    severity: ['위험도', '심각도', '중요도', '위험 등급', '위험등급', '우선순위'],
    location: ['위치', '대상', '원인 위치', '취약 위치', '발생 위치', '파일', '경로', '소스'],
    status: ['조치 상태', '조치상태', '처리 상태', '진행 상태', '이행 상태', '상태'],
    ref: ['식별자', '항목 코드'],
    effort: ['공수', '예상 공수'],
    depends: ['선행 조건', '선행조건', '선행 작업', '의존성'],
    category: ['분류'],
  },
  // Thai (no spaces between words; the key before its colon): "ความรุนแรง: วิกฤต" (severity), "สถานะ: เปิด"
  // (status), "ตำแหน่ง: …" (location), "บล็อกการขึ้นระบบ: ใช่" (blocks the go-live: yes)
  th: {
    severity: ['ความรุนแรง', 'ระดับความรุนแรง', 'ความสำคัญ', 'ลำดับความสำคัญ', 'ระดับความเสี่ยง', 'ความเสี่ยง'],
    location: ['ตำแหน่ง', 'ไฟล์'],
    status: ['สถานะ'],
    ref: ['รหัส'],
    blocks: ['บล็อกการขึ้นระบบ', 'บล็อกการเปิดใช้งาน', 'บล็อกการเผยแพร่'],
    depends: ['ขึ้นอยู่กับ'],
    category: ['หมวดหมู่'],
  },
  // Hindi (vowel signs folded away, as foldKey folds): "**जोखिम स्कोर:** 9.4" (risk score), "**स्थिति:** खुला"
  // (status), "**स्थान:** …" (location), "**निर्भरता:** SF-04" (depends on)
  hi: {
    severity: ['जोखिम स्कोर', 'जोखिम स्तर', 'जोखिम', 'गंभीरता', 'गंभीरता स्तर', 'प्राथमिकता'],
    location: ['स्थान', 'फ़ाइल', 'फाइल', 'पथ'],
    status: ['स्थिति', 'वर्तमान स्थिति'],
    depends: ['निर्भरता', 'निर्भर करता है'],
  },
  // Convention: Bengali field lists (vowel signs folded away, as foldKey folds): "**তীব্রতা:** জটিল" (severity),
  // "**স্ট্যাটাস:** খোলা" or "**অবস্থা:**" (status), "**ফাইল:** …" (file), "**নির্ভরতা:** …" (depends on); a
  // table of them headed "| আইডি | শিরোনাম | তীব্রতা | স্ট্যাটাস |"
  bn: {
    severity: ['তীব্রতা', 'গুরুত্ব', 'অগ্রাধিকার', 'ঝুঁকি', 'ঝুঁকির মাত্রা'],
    location: ['ফাইল', 'অবস্থান'],
    status: ['স্ট্যাটাস', 'অবস্থা', 'বর্তমান অবস্থা'],
    ref: ['আইডি'],
    depends: ['নির্ভরতা', 'নির্ভর করে'],
  },
  // Vietnamese (accents folded, "đ" as "d"): "Mức độ: Cao", "Trạng thái: Đang sửa", "Vị trí: …", "Mã lỗi: UAT-03"
  vi: {
    severity: ['muc do', 'muc do nghiem trong', 'do nghiem trong', 'muc do uu tien', 'muc uu tien', 'do uu tien', 'uu tien', 'muc do rui ro', 'muc rui ro', 'rui ro'],
    location: ['vi tri', 'vi tri loi', 'tep', 'tap tin', 'duong dan'],
    status: ['trang thai', 'tinh trang', 'trang thai xu ly'],
    ref: ['ma loi', 'ma phieu', 'so phieu', 'ma so'],
    effort: ['uoc luong', 'uoc tinh', 'thoi gian sua', 'cong sua'],
    depends: ['phu thuoc', 'phu thuoc vao', 'dieu kien tien quyet'],
    category: ['phan loai', 'loai loi'],
    // (Convention: a pentest or UAT report's per-finding field "Chặn go-live: Có / Không" (blocks the go-live),
    // "Chặn phát hành" (blocks the release), "Chặn triển khai" (blocks the deployment))
    blocks: ['chan go live', 'chan golive', 'chan phat hanh', 'chan trien khai', 'chan mo ban', 'chan ra mat', 'chan release'],
  },
  // Greek (accents folded, final sigma as "σ"): "Σοβαρότητα: Κρίσιμη", "Κατάσταση: Σε εξέλιξη", "Σημείο: …"
  el: {
    severity: ['σοβαροτητα', 'βαθμοσ σοβαροτητασ', 'επιπεδο σοβαροτητασ', 'κρισιμοτητα', 'προτεραιοτητα', 'επιπεδο κινδυνου', 'κινδυνοσ'],
    location: ['σημειο', 'θεση', 'αρχειο', 'αρχεια', 'διαδρομη', 'τοποθεσια'],
    status: ['κατασταση', 'κατασταση επιλυσησ'],
    ref: ['δελτιο', 'αρ δελτιου', 'κωδικοσ', 'αναγνωριστικο'],
    effort: ['εκτιμηση', 'εκτιμωμενοσ χρονοσ', 'εκτιμωμενη προσπαθεια', 'προσπαθεια'],
    depends: ['εξαρτηση', 'εξαρτησεισ', 'εξαρταται απο', 'προαπαιτουμενο'],
    category: ['κατηγορια'],
    // (Convention: a per-finding field whether it holds the launch, "Ανασταλτικό: Ναι" (blocking); named for the step
    // or the service launched, "Ανασταλτικό για την παραγωγική λειτουργία", "Ανασταλτικό για e-Πληρωμές": GREEK_BLOCKS_KEY)
    blocks: ['ανασταλτικο', 'ανασταλτικο ευρημα'],
  },
  // Chinese: keys as assessment reports write them before a full-width colon ("风险等级：高危",
  // "问题位置：…", "复测状态：未修复")
  zh: {
    severity: ['风险等级', '危险等级', '严重程度', '漏洞等级', '风险级别', '漏洞级别', '等级', '级别', '优先级'],
    location: ['问题位置', '漏洞位置', '位置', '文件', '文件路径', '影响位置', '代码位置', '漏洞地址'],
    status: ['复测状态', '修复状态', '整改状态', '处置状态', '状态'],
    ref: ['问题编号', '漏洞编号', '编号'],
    effort: ['工作量', '预计工作量'],
    depends: ['前置依赖', '依赖', '依赖项'],
    category: ['问题类型', '漏洞类型', '类型'],
    // (Convention: a Chinese pre-launch audit answers per finding whether it holds the go-live, "阻断上线：是 / 否",
    // as a field or a column of its summary table, "| 阻断上线 |", "| 是否阻断发布 |")
    blocks: ['阻断上线', '是否阻断上线', '上线阻断', '是否上线阻断', '阻塞上线', '是否阻塞上线', '阻断发布', '是否阻断发布', '阻断投产', '是否阻断投产'],
  },
  // Convention: Traditional Chinese (Taiwan, Hong Kong) assessments write the same keys in traditional characters
  // and Taiwan's words, "弱點" for a vulnerability and "修補" for its fix: "風險等級：高", "影響網址" (the affected
  // address), "弱點編號" (the vulnerability's number), "複測結果：已修補" (the retest's result)
  'zh-hant': {
    severity: ['風險等級', '危險等級', '嚴重程度', '弱點等級', '漏洞等級', '風險級別', '等級', '級別', '優先級', '優先順序'],
    location: ['影響網址', '影響位置', '影響範圍', '弱點位置', '問題位置', '位置', '檔案', '檔案路徑', '網址'],
    status: ['複測結果', '複測狀態', '修補狀態', '改善狀態', '處理狀態', '狀態'],
    ref: ['弱點編號', '問題編號', '漏洞編號', '編號'],
    depends: ['前置依賴', '依賴'],
    blocks: ['阻斷上線', '是否阻斷上線', '上線阻斷', '阻斷發布', '是否阻斷發布'],
    category: ['弱點類型', '問題類型', '漏洞類型', '類型', '分類'],
  },
  // Arabic (marks and the hamza folded away, as foldKey folds): "**الخطورة:** حرج", "**الحالة:** مفتوح", "**الموقع:** …",
  // "**المعرّف:** PT-01", "**يعتمد على:** PT-03"
  ar: {
    severity: ['الخطورة', 'درجة الخطورة', 'مستوى الخطورة', 'مستوى الخطر', 'الخطر', 'الأولوية', 'التصنيف', 'الأثر'],
    location: ['الموقع', 'المكان', 'الملف', 'الملفات', 'المسار', 'نقطة النهاية', 'الرابط', 'الأصل المتأثر'],
    status: ['الحالة', 'حالة المعالجة', 'الحالة بعد إعادة الاختبار', 'حالة الإصلاح'],
    ref: ['المعرف', 'الرقم', 'رقم الملاحظة', 'الرمز'],
    effort: ['الجهد', 'الجهد المقدر', 'المدة المقدرة'],
    depends: ['يعتمد على', 'الاعتماديات', 'المتطلبات المسبقة'],
    category: ['الفئة', 'النوع'],
  },
  // Convention: Persian (Farsi) field lists, "**شدت:** بحرانی" (severity), "**محل:** …" (place), "**وضعیت:** باز"
  // (state), "**مانع استقرار:** بله" (a blocker of the deployment: yes), "**وابستگی:** پس از FA-03" (dependency)
  fa: {
    severity: ['شدت', 'سطح شدت', 'میزان شدت', 'سطح ریسک', 'ریسک', 'اولویت', 'سطح خطر'],
    location: ['محل', 'مکان', 'فایل', 'مسیر', 'موقعیت', 'نقطه پایانی'],
    status: ['وضعیت', 'وضعیت رفع'],
    ref: ['شناسه', 'کد یافته'],
    blocks: ['مانع استقرار', 'مانع انتشار', 'مانع عرضه'],
    depends: ['وابستگی', 'وابسته به', 'پیش نیاز', 'پیشنیاز'],
    category: ['دسته', 'نوع', 'دسته بندی'],
  },
  // Convention: Urdu field lists, "**شدت:** سنگین" (severity, as Persian writes it), "**حالت:** کھلا" (state),
  // "**کوڈ:** `path` لائن ۱۱۲" (the code and its line), "**فائل:** …" (file), "**مقام:** …" (place)
  ur: {
    severity: ['شدت کی سطح', 'خطرے کی سطح', 'ترجیح'],
    location: ['کوڈ', 'فائل', 'مقام', 'کوڈ کا مقام'],
    status: ['حالت', 'موجودہ حالت', 'کیفیت'],
    ref: ['شناخت', 'نمبر شمار'],
    depends: ['انحصار'],
    category: ['زمرہ', 'قسم'],
  },
  // Lithuanian (accents folded): "Būsena: atvira", "Rizikos lygis: aukšta", "Vieta: …", "Priklauso nuo: DN-1"
  lt: {
    severity: ['rizika', 'rizikos lygis', 'svarba', 'svarbumas', 'kritiskumas', 'prioritetas', 'lygis', 'klasifikacija'],
    location: ['vieta', 'failas', 'kelias', 'vieta kode'],
    // (an audit's "*Organizacijos sprendimas:* neįgyvendinti": the auditee's decision on the finding, where it stands)
    status: ['busena', 'statusas', 'bukle', 'organizacijos sprendimas', 'vadovybes sprendimas'],
    ref: ['numeris', 'identifikatorius', 'kodas'],
    effort: ['sanaudos', 'darbo sanaudos', 'trukme'],
    depends: ['priklauso nuo', 'priklausomybe', 'priklausomybes'],
    category: ['kategorija', 'tipas'],
  },
  // Latvian (accents folded): "Statuss: atvērts", "Riska līmenis: augsts", "Vieta: …", "Atkarīgs no: K-2"
  // (Convention: a Latvian review's "**Smagums:** Augsts", the severity by its gravity, as "Smaguma skala" names the
  // scale; and "**Bloķē laidienu 2.5:** Jā" / "Bloķē izvietošanu: Nē", whether it blocks the release or deployment)
  lv: {
    severity: ['riska limenis', 'riska pakape', 'nozimigums', 'svarigums', 'prioritate', 'kritiskums', 'bistamiba', 'smagums', 'smaguma limenis', 'smaguma pakape'],
    blocks: ['bloke laidienu', 'bloke izvietosanu', 'bloke palaisanu', 'bloke ieviesanu', 'bloke nodosanu', 'bloke publicesanu', 'laidiena bloketajs'],
    location: ['vieta', 'fails', 'atrasanas vieta', 'cels'],
    status: ['statuss', 'stavoklis'],
    ref: ['numurs', 'identifikators'],
    effort: ['darbietilpiba', 'piepule', 'ilgums'],
    depends: ['atkarigs no', 'atkariba', 'atkaribas'],
    category: ['kategorija', 'tips', 'joma'],
  },
  // Russian ("**Критичность:** высокая", "**Статус:** в работе", "**Где:** …", "**Зависит от:** RV-01"; folded as
  // foldKey folds)
  ru: {
    severity: ['критичность', 'серьезность', 'серьёзность', 'уровень риска', 'риск', 'важность', 'приоритет', 'уровень', 'опасность', 'степень критичности'],
    location: ['где', 'файл', 'файлы', 'расположение', 'место', 'местоположение', 'путь', 'ресурс', 'строка', 'компонент', 'эндпоинт'],
    status: ['статус', 'состояние', 'статус исправления'],
    effort: ['трудоемкость', 'трудоёмкость', 'оценка', 'оценка времени', 'объем работ', 'объём работ'],
    blocks: ['блокирует', 'блокер', 'блокирует релиз', 'блокирует выкатку', 'блокирует запуск'],
    depends: ['зависит от', 'зависимость', 'зависимости', 'после', 'заблокировано'],
    category: ['категория', 'тип', 'класс'],
    ref: ['идентификатор', 'номер'],
    labels: ['метки', 'метка', 'теги', 'тег'],
    likelihood: ['вероятность'],
  },
  // Ukrainian ("ризик:: критичний", "статус:: в роботі", "де:: …", "залежить-від:: M365-01"; folded as
  // foldKey folds: "й" is "и", "ї" is "і")
  // Swahili: "Hali: Wazi" (status), "Mahali: …" (location), "Inazuia uzinduzi: Ndiyo" (it blocks the launch: yes),
  // "Inategemea: U-01" (depends on)
  sw: {
    severity: ['ukali', 'kiwango cha hatari'],
    location: ['mahali', 'faili'],
    status: ['hali'],
    blocks: ['inazuia uzinduzi', 'inazuia kutolewa'],
    depends: ['inategemea'],
  },
  // Filipino (Tagalog): "Antas: Kritikal" (level), "Lokasyon: …", "Hadlang sa go-live: Oo" (an obstacle to the go-live)
  tl: {
    severity: ['antas', 'antas ng panganib', 'kalubhaan'],
    location: ['lokasyon'],
    blocks: ['hadlang sa go live', 'hadlang sa paglulunsad', 'hadlang sa release'],
    depends: ['nakadepende sa', 'depende sa'],
  },
  // Bulgarian: "Риск: Висок", "Състояние: В процес" (the state), "Местоположение: …" (location)
  bg: {
    severity: ['риск', 'ниво на риска', 'критичност', 'сериозност', 'приоритет'],
    location: ['местоположение', 'файл', 'място'],
    status: ['състояние', 'статус на отстраняване'],
    depends: ['зависи от', 'след'],
    ref: ['ид', 'идентификатор'],
  },
  // Hebrew: "חומרה: קריטי" (severity), "סטטוס: בטיפול" (status), "מיקום: …" (location)
  he: {
    severity: ['חומרה', 'רמת חומרה', 'דרגת חומרה'],
    location: ['מיקום', 'קובץ'],
    status: ['סטטוס', 'מצב'],
    // ("**חוסם שחרור:** כן": blocks the release, yes; "חוסם פריסה", blocks the deployment)
    blocks: ['חוסם שחרור', 'חוסם פריסה', 'חוסם עלייה לאוויר'],
    depends: ['תלוי ב', 'תלות'],
  },
  // Serbian in Cyrillic: "Озбиљност: Критично", "Статус: У току", "Локација: …", "Блокира објаву: Да"
  sr: {
    severity: ['озбиљност', 'ниво ризика', 'ризик', 'критичност', 'приоритет'],
    location: ['локација', 'датотека', 'фајл', 'путања', 'место'],
    status: ['статус', 'стање'],
    blocks: ['блокира објаву', 'блокира издавање', 'блокира пуштање у рад'],
    depends: ['зависи од', 'зависност', 'после'],
    category: ['категорија', 'тип'],
    ref: ['ид', 'ознака'],
  },
  uk: {
    severity: ['ризик', 'рівень ризику', 'серйозність', 'критичність', 'пріоритет', 'важливість', 'рівень', 'оцінка ризику', 'небезпека'],
    location: ['де', 'файл', 'файли', 'розташування', 'місце', 'місцезнаходження', 'шлях', 'ресурс', 'рядок', 'компонент'],
    status: ['статус', 'стан', 'стан виправлення', 'статус виправлення'],
    effort: ['трудомісткість', 'оцінка часу', 'зусилля', 'обсяг робіт', 'час'],
    blocks: ['блокує', 'блокер', 'блокує реліз', 'блокує запуск', 'блокує випуск', 'блокує впровадження'],
    depends: ['залежить від', 'залежність', 'залежності', 'передумова', 'після', 'заблоковано'],
    category: ['категорія', 'тип', 'клас'],
    ref: ['ідентифікатор', 'номер'],
    labels: ['мітки', 'мітка', 'теги', 'тег'],
    likelihood: ['ймовірність', 'імовірність'],
  },
};

const FIELD_KIND = new Map<string, FieldKind>();
const FOLD_KEY_RE = /\p{M}+/gu;
const FOLD_KEY_RE2 = /[^a-z\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali} ]+/gu;
for (const lex of Object.values(FIELD_KEYS))
  for (const [kind, keys] of Object.entries(lex) as [FieldKind, string[]][]) for (const k of keys.map(foldKey)) if (!FIELD_KIND.has(k)) FIELD_KIND.set(k, kind);
/**
 * the location keys of the languages other than English ("dove", "sijainti", "lokasi"): a table column so headed names
 * where each row is (English's own, "source", "resource", "target", are read by mentions.ts's LOC_HEADER alone)
 */
const FOREIGN_LOCATION_KEYS = new Set(Object.entries(FIELD_KEYS).flatMap(([lang, lex]) => (lang === 'en' ? [] : (lex.location ?? []).map(foldKey))).filter((k) => !(FIELD_KEYS.en.location ?? []).map(foldKey).includes(k)));
export function foreignLocationKey(key: string): boolean {
  return FOREIGN_LOCATION_KEYS.has(foldKey(key));
}

/**
 * a key lower-cased, accents folded, anything but letters one space (letters of the scripts without
 * case, Hangul, kana and Han, are kept whole: "조치 상태", "重要度")
 */
export function foldKey(key: string): string {
  // ("đ" has no decomposition: Vietnamese "Mức độ" folds to "muc do"; Greek keeps its letters, final
  // sigma as "σ": "Σοβαρότητα" is "σοβαροτητα")
  // (Turkish dotless "ı" has no decomposition either: "Bağımlılık" folds to "bagimlilik", not "bag ml l k")
  const k = key.toLowerCase().replace(/ı/g, 'i').normalize('NFD').replace(FOLD_KEY_RE, '');
  return (/[^\x00-\x7F]/.test(k) ? k.normalize('NFC').replace(/đ/g, 'd').replace(/ς/g, 'σ').replace(FOLD_KEY_RE2, ' ') : k.replace(/[^a-z ]+/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Convention: a rating field that gives each rater's score and then the score they make together, "Ratings: IO 4 ·
 * MD 3 · SR 3 → **3.3**" (a heuristic evaluation's evaluators, then their mean), "Scores: 3, 4, 3 = 3.3": the number
 * after the arrow or the equals sign is the rating, read through the report's bands (records.ts, readBodyLines).
 * Under such a plural key any other value is a legend ("Ratings: **High** fix this quarter, **Medium** …"), no rating.
 */
export const RATER_SCORES_KEY = /^(?:(?:severity|evaluator|expert)\s+)?(?:ratings|scores)$/i;
export const DERIVED_SCORE = /\d.*?(?:→|->|=)\s*(?:(?:mean|average|avg)\.?\s*:?\s*)?(\d{1,2}(?:\.\d{1,2})?)\s*$/i;

// Convention: a study or audit handed back after the client acted on it names the state by whose action it is,
// "Plant Action Status: ✅ Completed", "Client action status:", "Corrective action status:", "Management's action
// status:": where the finding stands once that party has acted
const PARTY_ACTION_STATUS_KEY = /^(?:(?:client|customer|plant|site|owner|management|contractor|vendor|supplier|facility|auditee|operator|company|tenant)(?: s)? )?(?:(?:corrective|remedial|follow up) )?actions? status$/;
// Convention: a report handed back after a retest names the state by the re-check it records, "Status after retest:
// Fixed", Czech "**Stav po retestu:** Opraveno" (the state after the retest), "Stav po opakovaném testu:", "Stav po
// ověření oprav:", Slovak "Stav po reteste:", German "Status nach Nachtest:", Italian "Stato dopo il retest:": where
// the finding stands now, as "Retest status" is
const RECHECK_STATUS_KEY = /^(?:status|state|stav|zustand|stato|statut|etat|estado|stare|stanje) (?:after|following|po|nach|dopo|apres|tras|despues|dupa) (?:the |il |el |le |dem |del |la )?(?:re ?test\w*|nachtest|opakovan\w* test\w*|overeni|verification|fix(?:es)?|remediation|opravach|oprave|re ?audit\w*|kontrole|kontrolnim testu)(?: [a-z ]+)?$/;
// (Finnish names the state by the retest in the inessive or with "after", "**Tila uusintatarkastuksessa:** Korjattu"
// (the state at the re-inspection), "Tila uudelleentestauksessa:", "Tila uusintatestin jälkeen:", "Tila korjausten
// jälkeen:" (after the fixes))
const FI_RECHECK_STATUS_KEY = /^tila (?:(?:uusinta|uudelleen|jatko)(?:tarkast|test|arvio|auditoin)[a-z]*(?: jalkeen)?|korjaus[a-z]* jalkeen)$/;
/** "blokuje spuštění pokladny", "blokuje nasazení", "blokuje spustenie": a Czech or Slovak gate field (factKindOf) */
const CS_BLOCKS_KEY = /^blokuj\w* (?:(?:ostry |ostreho )?(?:spusteni|spustenie|spustenia|nasazeni|nasadenie|nasadenia|vydani|vydanie|vydania|zprovozneni|sprevadzkovanie|uvolneni|provozu|provoz|prevadzky|go live|release)|prechod)(?: [a-z ]+)?$/;
/** "ανασταλτικο για e πληρωμεσ", "μπλοκαρει την κυκλοφορια": a Greek gate field, accents folded (factKindOf) */
const GREEK_BLOCKS_KEY = /^(?:ανασταλτικ(?:ο|η|οσ) (?:για|ωσ προσ)|μπλοκαρει|εμποδιζει) (?:(?:την|το|τη|τον|τα) )?[\p{L}\p{N} ]{2,40}$/u;
/** "blokkerend voor livegang", "blokkeert de uitrol": a Dutch gate field (factKindOf) */
const NL_BLOCKS_KEY = /^blokke(?:rend|ert|rt) (?:voor |op )?(?:de |het )?(?:[a-z]+ ){0,2}?(?:livegang|go live|ingebruikname|ingebruikneming|uitrol|release|productie|oplevering|lancering|publicatie|vrijgave|migratie)$/;
/** "resolver file", "handler file", "source files": a file named by the kind of code it holds (factKindOf) */
const CODE_UNIT_FILE_KEY = /^(?:affected |relevant |vulnerable )?(?:source|code|resolver|handler|controller|route|router|service|model|schema|config(?:uration)?|settings|policy|module|component|class|script|template|view|migration|manifest|middleware|plugin|test|spec|build|workflow|pipeline|header|implementation)s? files?$/;

/** "tfsec severity", "trivy sev", "snyk severity": a named scanner's rating of its finding (factKindOf) */
const SCANNER_SEVERITY_KEY =
  /^(?:tfsec|checkov|trivy|kics|terrascan|tflint|snyk|semgrep|sonar(?:qube|cloud)?|bandit|gosec|grype|prowler|kubescape|kube bench|kube score|hadolint|dockle|clair|anchore|brakeman|nuclei|zap|burp|nessus|qualys|gitleaks|trufflehog|osv|osv scanner|dependabot|npm audit|retire js|safety|pip audit|scanner|tool)(?: s)? (?:severity|sev)$/;
/** "blocks evt flash", "blocks the dvt build", "pvt blocker", "mp blocker": a hardware build stage's gate (factKindOf) */
const HW_BUILD_BLOCKS_KEY = /^(?:blocks? (?:the )?(?:evt|dvt|pvt|mp|mass production)(?: (?:flash(?:ing)?|build|programming|units?|run|release))?|(?:evt|dvt|pvt|mp|mass production)(?: (?:flash(?:ing)?|build|programming|run|release))? blocker)$/;

/** "1.0 blocker", "v2 blocker", "2.0.0-rc blocker": a version's release gate, named by the version (factKindOf) */
const VERSION_BLOCKER_KEY = /^v?\d{1,3}(?:\.\d{1,3}){0,2}(?:-?(?:rc|beta|alpha|ga)\d*)?(?: release)? blocker$/i;

/** "Blocks 4.12", "Blocks v2.0 release", "Block 1.0-rc": the release of a version named after the verb (factKindOf) */
const VERSION_BLOCKS_KEY = /^blocks? (?:the )?v?\d{1,3}(?:\.\d{1,3}){0,2}(?:-?(?:rc|beta|alpha|ga)\d*)?(?: (?:release|launch|deploy(?:ment)?|rollout))?$/i;

/**
 * "pre peak", "pre opening", "before handover", "must fix before audit": whether a finding must be closed before the
 * operational milestone a site, venue or building report is timed for (factKindOf); a post-incident structural
 * inspection of a closed building asks per defect whether it is "Needed before reoccupation" (Yes / No)
 */
const MILESTONE_BLOCKS_KEY = /^(?:pre|before|(?:must |to )?(?:fix|close|closed|fixed|done) before|(?:needed|required) before) (?:the )?(?:peak(?: season)?|season(?: start)?|opening(?: day)?|re ?opening|grand opening|hand ?over|audit|inspection|re ?inspection|go live|(?:re ?)?occupa(?:ncy|tion)|move in|practical completion|event|show)$/;

/**
 * "blocks energisation", "blocks switch on", "blocks commissioning": whether an installation inspection's defect holds
 * back putting the installation into service (factKindOf)
 */
const ENERGISE_BLOCKS_KEY = /^blocks? (?:the )?(?:(?:re ?)?energi[sz](?:ation|ing)|switch(?:ing)? on|commissioning|(?:grid )?connection|export|hand ?over|occupation)$/;

/** "hold", "holds handover", "handover hold": whether a defect holds the handover (factKindOf) */
const HANDOVER_HOLD_KEY = /^(?:hold|holds? (?:the )?hand ?over|hand ?over hold)\??$/;

/** Fact keys, normalized. */
// (pure, and asked for the same few keys line after line: memoized as the title tests are)
const factKindMemo = memoized(factKindOf);
export function factKind(key: string): string | null {
  return factKindMemo(key);
}

/** "how much it hurts", "how bad is it", "how annoying": an informal review's rating question (factKindOf) */
const INFORMAL_RATING_KEY = /^how (?:bad(?: (?:is it|it is))?|much (?:it|this|does (?:it|this)) (?:hurts?|matters?|bites?|stings?)|annoying(?: (?:is it|it is))?|serious(?: (?:is it|it is))?|painful(?: (?:is it|it is))?)$/;
function factKindOf(key: string): string | null {
  const k = foldKey(key);
  const kind = FIELD_KIND.get(k);
  if (kind) return kind;
  // ("Bloqueia o lançamento da versão 3.0: sim", "Bloquea el lanzamiento", "Bloque la mise en production")
  // (and Romanian, "| Blochează lansarea |" with "| Da |": a defect list's column whether the row holds the launch)
  // Convention: a Scandinavian test report's field of the same verb, "Blokerer release: ja" (Danish), "Blokkerer
  // lansering: nei" (Norwegian), "Blockerar release: ja" (Swedish): whether the defect holds the release
  if (/^(?:bloqueia|bloquea|bloque|blockiert|blocca|blocheaza|blokerer|blokkerer|blockerar) /.test(k)) return 'blocks';
  // Convention: a Czech or Slovak audit's per-finding line whether it holds the launch, naming the thing launched,
  // "**Blokuje spuštění pokladny 3.0:** ne (řeší se ve fázi 2)" (it blocks the launch of checkout 3.0: no), "Blokuje
  // nasazení: ano", Slovak "Blokuje spustenie portálu: áno": a field answered yes or no, not a statement that it blocks
  if (k.startsWith('bloku') && CS_BLOCKS_KEY.test(k)) return 'blocks';
  // Convention: a Dutch audit's per-finding field whether it holds the release step, "| Blokkerend voor livegang |
  // Nee |", "Blokkeert ingebruikname: ja", "Blokkerend voor de uitrol: nee" (livegang, ingebruikname, uitrol: the
  // go-live, the putting into use, the rollout): a field answered ja or nee, not a statement that it blocks
  if (k.startsWith('blokke') && NL_BLOCKS_KEY.test(k)) return 'blocks';
  // Convention: a Greek audit's per-finding field "Ανασταλτικό για e-Πληρωμές: Ναι" (blocking for the e-payments
  // launch), "Ανασταλτικό για την έναρξη λειτουργίας", "Μπλοκάρει την κυκλοφορία": a field answered ναι or όχι
  if (k.charCodeAt(0) > 0x3b0 && GREEK_BLOCKS_KEY.test(k)) return 'blocks';
  // ("блокує-портал:: так", "блокує реліз 2.0": whether it holds back the named launch, in Ukrainian)
  if (/^блокує /.test(k)) return 'blocks';
  // ("Go-live blocker: no", "blocks_rollout: true": whether it holds back the named step of shipping)
  // ("Blocks certification: yes": a conformance programme's mark or an approval is such a step too)
  // (Convention: a game studio's QA report names the platform holder's certification, "Cert blocker: No", often
  // beside shipping, "Cert / ship blocker: YES": two steps of shipping named over the one word)
  // (Convention: a pre-release test report names the release stage it gates, "Beta blocker: Yes", "Open beta
  // blocker: No (…)", "GA blocker: yes", "Blocks beta: no": a stage of shipping as launch is)
  // (Convention: a premarket or regulatory assessment names the filing it gates, "Blocks submission: No — residual
  // risk accepted"; a framework or dependency upgrade audit the bump it gates, "Blocks upgrade: yes — must be merged
  // before the Gemfile bump"; a change review the merge, "Blocks merge: no": the step shipped, as "Blocks release")
  // (Convention: a pre-production benchmark or readiness review answers per control whether it holds the
  // production approval, "**Sign-off blocker:** No (closes together with 1.2.17)", "Production sign-off blocker: yes")
  // (Convention: an infrastructure-as-code review (a Terraform or Pulumi plan review) names the apply of the plan
  // as the step it gates, "**Blocks apply:** yes", "Apply blocker: no": the apply is that change's deployment)
  if (/^(?:(?:go live|launch|release|deploy(?:ment)?|rollout|cutover|ship(?:ping)?|cert(?:ification)?|submission|apply|(?:prod(?:uction)? )?sign ?off|(?:open |closed |public )?beta|ga|early access)(?: (?:or |and )?(?:launch|release|ship(?:ping)?|cert(?:ification)?|submission))? blocker|blocks? (?:the )?(?:go live|launch|release|deploy(?:ment)?|rollout|cutover|ship(?:ping)?|certification|accreditation|approval|sign ?off|acceptance|submission|upgrade|merge|apply|(?:open |closed |public )?beta|ga))$/.test(k)) return 'blocks';
  // Convention: the same line naming the product whose go-live it holds, "Blocks WMS 5 go-live: No", "Blocks
  // portal launch: yes", "Blocks the v2 release: no" (the product's name, its version digits folded away)
  // Convention: a database, platform or framework review timed before a major-version upgrade or a move names
  // that change per finding, "| Blocks PG16 upgrade | No |", "Blocks Rails 7 upgrade: yes", "Blocks DC
  // migration: no": whether the finding must be closed before the named upgrade or migration, as a go-live
  if (/^blocks? (?:the )?(?:[a-z]+ ){1,3}(?:go live|launch|release|rollout|cutover|upgrade|migration)$/.test(k)) return 'blocks';
  // Convention: an SRE or readiness review's per-item field named as an adjective of the step it holds,
  // "Launch-blocking: **Yes**", "Release-blocking: no", "Deploy blocking: yes" (the hyphen folds to a space)
  if (k.endsWith('blocking') && /^(?:go live|launch|release|deploy(?:ment)?|rollout|cutover|ship|merge|ga) blocking$/.test(k)) return 'blocks';
  // Convention: an incident review's line on each contributing factor, "Blocks re-enabling bulk export: yes": the
  // feature switched off in the incident ships again only when the factors that hold its return are closed
  if (/^blocks? (?:the )?re ?enabl(?:ing|e)(?: (?:of )?(?:the )?[a-z]+){0,3}$/.test(k)) return 'blocks';
  // Convention: a hardware or firmware review names the build stage it gates, EVT, DVT, PVT or mass production,
  // and the step that loads the image onto its units, "Blocks EVT-2 flash: No", "Blocks DVT build: yes", "PVT
  // blocker: no" (the build's number folds away): whether the defect holds back that build, as "Blocks release"
  if (HW_BUILD_BLOCKS_KEY.test(k)) return 'blocks';
  // Convention: a library's or product's pre-release audit names the version it gates before "blocker", "**1.0
  // blocker:** Yes", "v2 blocker: no", "3.0-rc blocker: yes" (the release of that version, as "Release blocker";
  // the version folds away, so it is read on the key as written)
  if (VERSION_BLOCKER_KEY.test(unmarked(key))) return 'blocks';
  // Convention: a release review's line under each finding naming the version it gates after the verb, "**Blocks
  // 4.12:** No", "Blocks v2.0: yes", "Blocks 3.1 release: no" (a per-release appsec or QA review): whether the
  // finding holds back that version's release, as "Blocks release"
  if (k.startsWith('block') && VERSION_BLOCKS_KEY.test(unmarked(key))) return 'blocks';
  // Convention: a site, warehouse, venue or building walkthrough answers per observation whether it must be closed
  // before the milestone the walk is timed for, "**Pre-peak:** Yes" (a warehouse's peak season), "Pre-opening: No"
  // (a store or venue), "Before handover: yes", "Must fix before audit: no": the milestone is the step the finding
  // holds, as "Blocks release: yes" holds a release
  if ((k.startsWith('pre ') || k.includes('before ')) && MILESTONE_BLOCKS_KEY.test(k)) return 'blocks';
  // Convention: a commissioning or installation inspection (a PV array, a switchboard, a plant room) answers per
  // defect whether the installation may be put into service with it open, "**Blocks energisation:** Yes", "Blocks
  // switch-on: No", "Blocks commissioning: yes": the step held is the go-live of the installation
  if (k.startsWith('block') && ENERGISE_BLOCKS_KEY.test(k)) return 'blocks';
  // Convention: a pre-handover inspection's defect schedule answers per defect whether it holds the handover in a
  // column headed "Hold" (or "Holds handover", "Handover hold"), Yes / No, under a key whose handover column reads
  // "Hold" / "Not a hold": the answer is whether the defect blocks
  if (k.includes('hold') && HANDOVER_HOLD_KEY.test(k)) return 'blocks';
  // ("Risk to formal test: High", "Risk to launch: Medium": the rating named for what is at risk)
  if (/^risk (?:to|for) (?:the )?[a-z][a-z -]{1,30}$/.test(k)) return 'severity';
  // Convention: a scanner triage write-up (IaC, SAST, dependency scans) gives each finding the rating of the tool
  // that reported it, "**tfsec severity:** HIGH", "Trivy severity: CRITICAL", "| Snyk sev |" (checkov OSS, Semgrep,
  // KICS and the like rate their rules; the report adopts that rating): the finding's severity. Named tools only:
  // CodeQL's own level ("CodeQL severity: error") sits beside its security severity and is no rating (FIELD_KEYS)
  if (k.endsWith('sev') || k.endsWith('severity')) if (SCANNER_SEVERITY_KEY.test(k)) return 'severity';
  // ("CVSS v3.1: 7.1 — AV:N/…", "CVSS v4.0 base score": the score named with its version, whose digits fold away)
  if (/^cvss v(?: base)?(?: score)?$/.test(k)) return 'severity';
  // Convention: an informal review by a user (a screen-reader user's accessibility notes, a beta tester's write-up)
  // rates each issue with a question of how bad it is, "How much it hurts: Dealbreaker", "How bad: Really
  // annoying", "How annoying: mildly": the rating, in the author's own scale words
  if (k.startsWith('how ') && INFORMAL_RATING_KEY.test(k)) return 'severity';
  // Convention: a finding's table naming its file by the kind of code in it, "| Resolver file | `src/x.ts:27` |",
  // "Handler file:", "Source file:", "Config files:" (an API or app review names the unit it reviewed): where it is
  if (CODE_UNIT_FILE_KEY.test(k)) return 'location';
  if (PARTY_ACTION_STATUS_KEY.test(k)) return 'status';
  if (RECHECK_STATUS_KEY.test(k)) return 'status';
  if (k.startsWith('tila ') && FI_RECHECK_STATUS_KEY.test(k)) return 'status';
  if (isPartTitle(k)) return 'part';
  return null;
}

/**
 * "위험도 상", "Risk High", "Prioritet 1 – visoki": a severity field's name, then its value with no colon
 * between (as a rating is written after a title's dash). Returns the key and the value, or null.
 */
export function keyedSeverity(part: string): { key: string; value: string } | null {
  const words = part.replace(/[*_]+/g, ' ').trim().split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const key = words.slice(0, n).join(' ');
    const value = words.slice(n).join(' ');
    if (value.length <= 30 && factKind(key) === 'severity' && severityFromValue(value)) return { key, value };
  }
  return null;
}

/** A ref that by itself marks an issue: BUG-A01, SEC-001, [H-01], Bug #2, Issue 3, #4, Finding 1.2. */
// Convention: a regulator's citation numbers its items within each citation, "Citation 1 Item 1a", "Citation 2
// Item 1" (OSHA; "Violation 3 Item 2" likewise), a letter after the number grouping items cited together: the
// citation's and the item's numbers are one id ("Item 1" alone would repeat under every citation)
// (Convention: a Korean assessment under the national guide codes each finding by site, item and number and
// sets it in brackets before the title, "[WEB-SI-01] SQL 인젝션", as "[H-01]" is set: the bracket holds one id)
const ISSUE_REF =
  /\[([A-Z]{1,6}(?:-[A-Z]{1,6})?-?\d+(?:\.\d+)*)\]|\b([A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8}(?=-))?-[A-Z]{0,3}\d+(?:\.\d+)*|[A-Z][A-Z0-9]{1,9}(?:_[A-Z0-9]{1,9}){1,3}_\d{1,5})\b|\b((?:citation\s+\d{1,3}\s+item\s+\d{1,3}[a-h]?|(?:bug|issue|finding|observation|obs|vuln(?:erability)?|defect|deficiency|nonconformity|non-conformity|ncr?|problem|task|item|ticket|risk|threat|case|befund|fehler|mangel|constat|hallazgo|problema|vulnerabilidad|observaci[oó]n|temuan)\s*(?:id\s*|no\.\s*|number\s*)?#?\s*(?:\d{4}-\d{1,4}|\d+(?:\.\d+)*)))\b|(#\d+)\b/i;

/**
 * Convention: an auditor's id of four dash-separated parts, firm, client, kind and number, "OS-ABC-ADV-00",
 * "OXB-QRV-SUG-01", "ZLN-24-H-03" (OtterSec, Zellic): one id, not "QRV-ADV-00" or "ZLN-24". Capitals only (the
 * shorter forms above match in any case) and no date after a word ("Q2-2024-05-06"), so "follow-up-to-3" or
 * "2024-05-06" never reads as one. The one definition for readers of a whole id: `LONG_ID_SRC` inside other
 * patterns, `LONG_ID_EXACT` for a token.
 */
export const LONG_ID_SRC = String.raw`[A-Z][A-Z0-9]{0,9}(?!-\d{4}-\d\d-\d\d)(?:-[A-Z0-9]{1,8}){2}-[A-Z]{0,3}\d{1,6}`;
const LONG_ID_RE = new RegExp(String.raw`(?<![\w-])${LONG_ID_SRC}(?![\w-]|\.\d)`);
export const LONG_ID_EXACT = new RegExp(`^${LONG_ID_SRC}$`);

/**
 * Convention: a crash reporter's short id of an issue, the project's name in capitals and a short count in digits and
 * letters, "PAYAPP-3F2", "WEB-2ZK", "CHECKOUT-1QX" (Sentry writes the issue's number in base 32): the issue's id, as a
 * tracker key is. Case-sensitive, the count opening with a digit and holding a letter (a plain number is a tracker
 * key, read above), at most five long, so "HMAC-MD5" or "HMAC-SHA256" is no id.
 */
export const SHORT_ISSUE_ID_SRC = String.raw`[A-Z][A-Z0-9]{2,14}-\d(?=[0-9A-Z]{0,3}[A-Z])[0-9A-Z]{1,4}`;
const SHORT_ISSUE_ID_RE = new RegExp(String.raw`(?<![\w-])${SHORT_ISSUE_ID_SRC}(?![\w-])`);

export interface RefMatch {
  ref: string;
  kind: 'issue' | 'numeric';
  index: number;
  length: number;
}

/**
 * (the same in words that open with a letter outside ASCII, where "\b" cannot stand: Greek "Εύρημα 3", "Ευπάθεια
 * 2"; Vietnamese "Phát hiện 4", "Lỗ hổng 2", and "Lỗi số 3" / "Lỗi #3", since a bare "lỗi 500" is an error code)
 */
const ISSUE_REF_WIDE = String.raw`(?<![\p{L}\p{N}])((?:${['ευρημα', 'ευπαθεια'].map(greekLoose).join('|')}|phát hiện|lỗ hổng|lỗi\s*(?=số|#)(?:số)?)\s*#?\s*\d+(?:\.\d+)*|[А-ЯЁІЇЄҐ]{2,8}-\d{1,5}|[Α-Ω]{2,8}-\d{1,5}|[A-Z][A-Z0-9]{0,9}-[\u09E6-\u09EF\u0966-\u096F]{1,6})(?![\p{L}\p{N}]|\.\d)`;
const ISSUE_REF_G = new RegExp(ISSUE_REF.source, 'gi');
// (tried only on text outside ASCII: Unicode mode costs the common case three times as much)
// ("### БАГ-01 · Заголовок": an id in Cyrillic capitals, as Russian, Ukrainian and Bulgarian trackers name bugs)
// (Convention: an id in Greek capitals, "#### ΕΥΡ-01: τίτλος" (ΕΥΡ for εύρημα, finding), as Greek audit firms
// number their findings: the same letters-hyphen-number shape as the Cyrillic one)
// (Convention: a tracker key numbered in the report's own digits, "#### BUG-১০২ · শিরোনাম", as Bengali and Hindi
// reports may write every number, ids too: Bengali and Devanagari digits after an ASCII key)
const ISSUE_REF_WIDE_RE = new RegExp(ISSUE_REF_WIDE, 'iu');

// (pure, and asked again for the same heading, label or segment by several readers: memoized; each caller gets
// its own copy of the answer)
const issueRefMemo = memoized(issueRefOf);
export function findIssueRef(text: string): RefMatch | null {
  const found = issueRefMemo(text.length > 4000 ? text.slice(0, 4000) : text);
  return found && { ...found };
}

function issueRefOf(head: string): RefMatch | null {
  const wide = /[^\x00-\x7F]/.test(head) ? ISSUE_REF_WIDE_RE.exec(head) : null;
  const found = findAsciiIssueRef(head);
  if (wide && (!found || wide.index < found.index)) return { ref: wide[1].replace(/\s+/g, ' '), kind: 'issue', index: wide.index, length: wide[0].length };
  return found;
}

/**
 * Convention: statutory examination and inspection reports (lift and crane thorough examinations under LOLER, pressure
 * systems, plant inspections) number each defect within the item of equipment it was found on, "L3/1", "L2/2",
 * "CR2/01": the equipment's code, a slash, the defect's number, one id. Capitals only, and no quarter or fiscal year
 * ("Q1/25", "H2/24", "FY24/25"), which a report writes the same way.
 */
// (Convention: a snagging or punch list of a building's fit-out or handover numbers each snag within its room, "the
// room number followed by a running number", "L3-012/02", "GF-104/3", "B-07/01": the room's number, hyphenated after
// its floor's code, takes the equipment's place)
const EQUIPMENT_ITEM_ID_RE = /(?<![\w/-])(?!(?:Q[1-4]|H[12]|FY\d{2})\/)([A-Z]{1,3}(?:\d{1,3}(?:-\d{2,4})?|-\d{2,4})\/\d{1,3})(?![\w/-]|\.\d)/;
export const EQUIPMENT_ITEM_ID = /^[A-Z]{1,3}(?:\d{1,3}(?:-\d{2,4})?|-\d{2,4})\/\d{1,3}$/;
/**
 * Convention: an annual inspection or surveillance report numbers its items by the year of the visit and a serial,
 * "**2024/01 — Title**", "2023/02" (a supervising engineer's statement, a periodic audit's observations): one id.
 * The serial is zero-padded or three digits long, so a fiscal year ("2024/25") or a month ("2024/5") is none.
 */
export const YEAR_SERIAL_ID = /^(?:19|20)\d{2}\/(?:0\d{1,2}|\d{3})$/;
/**
 * Convention: an inspection numbers each defect by its report's number and a running serial, "0417/03" (report
 * 0417, defect 03), as rail track, highway and periodic building inspections number defects carried from visit to
 * visit ("was 0391/07"): one id. A number of three to six digits, a slash, a serial of two or three; a year before
 * the slash takes a zero-padded serial only (YEAR_SERIAL_ID), so a fiscal year ("2024/25") is none.
 */
export const REPORT_SERIAL_ID_SRC = String.raw`(?!(?:19|20)\d{2}\/[1-9]\d(?!\d))\d{3,6}\/\d{2,3}`;
export const REPORT_SERIAL_ID = new RegExp(`^${REPORT_SERIAL_ID_SRC}$`);
export const REPORT_SERIAL_IN = new RegExp(String.raw`(?<![\w/.,-])${REPORT_SERIAL_ID_SRC}(?![\w/]|[.,]\d)`, 'g');
/**
 * A finding's ref of one of the two numberings read across the report (fix-order items in index.ts, dependencies in
 * merge.ts), and the same inside a text: numbered by category and item, "2-3" (heading.ts, CATEGORY_ITEM); by its
 * equipment or room and a serial, "L3/1", "L3-022/02"
 */
export const CATEGORY_ITEM_ID = /^\d{1,2}-\d{1,2}$/;
export const CATEGORY_ITEM_IN = /(?<![\d.,:/-])\d{1,2}-\d{1,2}(?![\d]|[.,:/-]\d)/g;
export const UNIT_ITEM_ID = /^[A-Z]{1,3}\d{0,3}(?:-\d{2,4})?\/\d{1,3}$/;
export const UNIT_ITEM_IN = /(?<![\w/])[A-Z]{1,3}\d{0,3}(?:-\d{2,4})?\/\d{1,3}(?![\d/])/g;

// (every branch of ISSUE_REF and SHORT_ISSUE_ID_RE holds an ASCII digit, `\d` outside Unicode mode: a head
// without one names no id, and most headings and labels have none)
const ASCII_DIGIT = /\d/;
/**
 * Convention: a building survey (fire doors, asbestos, condition) codes each door, room or asset by the site, the
 * floor and the item, "CC-G-02", "CC-1-S1", "CC-2-RSR", "BH-LG-PLANT": the floor a number or a floor letter (G
 * ground, B basement, LG/UG lower and upper ground, M mezzanine, R roof), the item a number, letters and a number, or
 * a few letters naming the room. One id, not "CC-2" or "CC-1"; and an id though it may hold no digit. The one
 * definition for readers of a whole id: FLOOR_CODED_ID_SRC inside other patterns (plan.ts, refsIn).
 */
export const FLOOR_CODED_ID_SRC = String.raw`[A-Z]{2,4}-(?:\d{1,2}|G|B\d?|LG|UG|M|R)-(?:[A-Z]{1,3}\d{1,3}|\d{2,4}|[A-Z]{2,5})`;
const FLOOR_CODED_ID_RE = new RegExp(String.raw`(?<![\w-])${FLOOR_CODED_ID_SRC}(?![\w-]|\.\d)`);
function floorCodedRef(head: string): RefMatch | null {
  const m = FLOOR_CODED_ID_RE.exec(head);
  return m ? { ref: m[0], kind: 'issue', index: m.index, length: m[0].length } : null;
}
function findAsciiIssueRef(head: string): RefMatch | null {
  // (a floor-coded id of letters alone, "CC-G-BIN")
  if (!ASCII_DIGIT.test(head)) return head.includes('-') ? floorCodedRef(head) : null;
  const found = findDigitIssueRef(head);
  // ("CC-2-RSR", not the "CC-2" read at its start)
  const floor = head.includes('-') ? floorCodedRef(head) : null;
  if (floor && (!found || floor.index < found.index || (floor.index === found.index && floor.length > found.length))) return floor;
  return found;
}
// Convention: an audit numbers its findings by grade with a full stop between the grade's letters and the
// number, "NC.01", "OBS.02", "OM.01" (non-conformity, observation, opportunity for improvement), as "NC-01" is
// written elsewhere: capitals only, two to five, so "art.5", "No.3", "A.5.1" or "v.2" are no id
const DOTTED_ID_RE = /(?<![\w.-])[A-Z]{2,5}\.\d{1,4}(?![\w-]|\.\d)/;
function findDigitIssueRef(head: string): RefMatch | null {
  let found = findShortIssueRef(head);
  // (a graded id with a full stop, "NC.01", where no plainer id stands before it)
  if (head.includes('.')) {
    const dotted = DOTTED_ID_RE.exec(head);
    if (dotted && (!found || dotted.index < found.index)) found = { ref: dotted[0], kind: 'issue', index: dotted.index, length: dotted[0].length };
  }
  // (a crash reporter's short id, "PAYAPP-3F2", where no plainer id stands before it)
  if (head.includes('-')) {
    const short = SHORT_ISSUE_ID_RE.exec(head);
    if (short && (!found || short.index < found.index)) found = { ref: short[0], kind: 'issue', index: short.index, length: short[0].length };
  }
  // (an item of equipment and its defect's number, "L3/1", where no plainer id stands before it)
  if (head.includes('/')) {
    const item = EQUIPMENT_ITEM_ID_RE.exec(head);
    // (or that holds the plainer id read at its start: "L3-012/02", not the room's "L3-012")
    if (item && (!found || item.index < found.index || (item.index === found.index && item[1].length > found.length))) found = { ref: item[1], kind: 'issue', index: item.index, length: item[1].length };
  }
  // (a four-part id where a shorter one was read inside it: "OXB-QRV-ADV-00", not "QRV-ADV-00")
  const long = found && found.ref.includes('-') ? LONG_ID_RE.exec(head) : null;
  if (long && long.index < found!.index + found!.length && long.index + long[0].length > found!.index) return { ref: long[0], kind: 'issue', index: long.index, length: long[0].length };
  return found;
}

function findShortIssueRef(head: string): RefMatch | null {
  ISSUE_REF_G.lastIndex = 0;
  for (const m of allMatches(head, ISSUE_REF_G)) {
    const ref = (m[1] ?? m[2] ?? m[3] ?? m[4]).replace(/\s+/g, ' ');
    // ("CKV_AWS_24", "CKV2_AWS_11": a checker's rule id in capitals; "retry_count_3" is a code name)
    if (m[2] && m[2].includes('_') && m[2] !== m[2].toUpperCase()) continue;
    // "Sev-1", "P-2": a severity written like an id; "release-1.8", "python-3.11": a version
    if (/^(?:sev|severity|p|prio|priority)-?\d$/i.test(ref)) continue;
    if (m[2] && /^[a-z]+-\d+\.\d/.test(ref)) continue;
    // "UTF-8", "SHA-256", "ISO-8601", "CWE-79": names of standards and encodings, not ids of findings
    // ("GPL-3.0", "Apache-2.0", "MPL-2.0": licence names with their versions)
    // (Convention: a report pads its own ids with a zero, "CC-01", "ES-03": a standard's or licence's number never
    // is, so a padded number under those letters is the report's id; and the Creative Commons licence is only
    // "CC-0", so "CC-10" of the same report's series is an id too)
    if (m[2] && /^(?:utf|ucs|sha|md|aes|des|rsa|dsa|ecdsa|rfc|http|tls|ssl|ipv|base|latin|windows|es|pkcs|cwe|capec|nist|gpl|lgpl|agpl)-\d+$|^cc-0$/i.test(ref) && !/-0\d/.test(ref)) continue;
    // (the standards whose numbers run to three digits or more, "NIST SP-800", "ISO-27001", "CP-1252", "X-509",
    // "ED-25519", "FIPS-140", "IEEE-754", "ECMA-262": short numbers under those letters are a report's own ids,
    // "### SP-1 Night shifts overlap", "ED-2", "X-3")
    if (m[2] && /^(?:ed|iso|cp|win|ecma|ieee|fips|sp|x)-\d{3,}$/i.test(ref)) continue;
    // (Convention: a smart-contract audit names the Ethereum and Bitcoin standards it concerns, "ERC-1155 fill amount
    // is not checked", "EIP-712 domain …", "BIP-32 path …": a standard's number, never zero-padded, no id of a finding)
    if (m[2] && /^(?:erc|eip|bip)-[1-9]\d+$/i.test(ref)) continue;
    // (Convention: aviation maintenance and oversight reports name the regulation they audit against by its Part,
    // "Part-145 Continued Oversight Audit Report", "Part-66 licence", "Part-147 training", FAA "Part-135": the
    // rule's number, never zero-padded, no id of a finding)
    if (m[2] && /^part-[1-9]\d{1,2}$/i.test(ref)) continue;
    if (m[2] && /^(?:gpl|lgpl|agpl|apache|mpl|epl|eupl|cddl|osl|afl|bsl|cc|ofl|artistic|sspl)-\d+(?:\.\d+)+$/i.test(ref)) continue;
    return { ref, kind: 'issue', index: m.index!, length: m[0].length };
  }
  return null;
}

/**
 * Convention: digits of the scripts whose reports write numbers in their own digits, Arabic-Indic ("٣"), Persian
 * and Urdu ("۱۲"), Devanagari ("१२") and Bengali ("১২", "BUG-১০২"): read as the ASCII digits they are
 */
const NATIVE_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]/g;
const NATIVE_DIGIT_ANY = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]/;
const digitValue = (d: string): string => {
  const c = d.charCodeAt(0);
  return String(c - (c >= 0x09e6 ? 0x09e6 : c >= 0x0966 ? 0x0966 : c >= 0x06f0 ? 0x06f0 : 0x0660));
};
export function asciiDigits(s: string): string {
  return NATIVE_DIGIT_ANY.test(s) ? s.replace(NATIVE_DIGIT, digitValue) : s;
}

/** Key used to compare refs: "BUG #1" ~ "bug 1", "Critical Issue #1" ~ "issue 1". */
// ("BUG-১০২" ~ "bug 102": the report's own digits)
export function refKey(ref: string): string {
  return asciiDigits(ref)
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Emoji and pictographs (markers that never belong in a title). */
export const EMOJI_RE = /[\u{2139}\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}\u{2300}-\u{23FF}\u{25A0}-\u{25FF}]|\u{FE0F}|\u{200D}|\u{20E3}/gu;

export const STATUS_MARKER_EMOJI: Record<string, Status> = {
  '✅': 'fixed',
  '✔': 'fixed',
  '☑': 'fixed',
  '✓': 'fixed',
};

/** "High", "Medium Severity", "Low Risk Findings", "P1 Issues", "Gas Savings": a heading that only names a severity group. */
/** "Appendix A — ", "Annex 2: ": the label of a report's back matter before the group's own name */
const APPENDIX_LABEL = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:appendix|annex|annexe)\s+[A-Z0-9]{1,3}\.?\s*[—–:-]\s+/i;
export function severityGroupTitle(title: string): string | null {
  // ("### 5.1 Kritické", "### Informatívne zistenia", "## Hög"): a severity word of any language, alone or
  // before a noun for findings
  // (Convention: a report's back matter labels its groups "Appendix A — Informational observations", "Annex B:
  // Low-risk findings": the label places the group, the words after it name it)
  if (APPENDIX_LABEL.test(title)) title = title.replace(APPENDIX_LABEL, '');
  const bare = title.trim().replace(/\s*\(\d+[^)]*\)$/, '');
  // ("### 4.3 ระดับปานกลาง": Thai writes "level" and the severity word as one run, no space between them)
  const th = /^(?:\d+(?:\.\d+)*\.?\s+)?ระดับ\s?(วิกฤต|สูง|ปานกลาง|ต่ำ)$/u.exec(bare);
  if (th) return th[1];
  // ("## 참고" over "- 관련 티켓: …": Korean "for reference", a level in a legend's row or a field, heads a section
  // of notes and links as "## Notes" does, no group of findings)
  if (/^(?:\d+(?:\.\d+)*\.?\s+)?참고$/u.test(bare)) return null;
  const words = bare.split(/\s+/);
  // ("### 6.3 Tobulinimo galimybės": a rating of more than one word, opportunities for improvement)
  if (words.length === 2 && Object.hasOwn(WORD_SEVERITY, bare.toLowerCase())) return bare;
  // ("### Błędy blokujące", "### Hallazgos críticos", "### Problèmes majeurs": where the adjective follows its
  // noun, as in the Romance and Slavic languages, the noun for findings comes first)
  if (words.length === 2 && isSeverityWord(words[1]) && FINDING_NOUN_WORD.test(words[0])) return words[1];
  // ("### Gravità alta", "## Severidad crítica", "### Priorité haute": the name of the scale, then its level, as
  // the Romance languages put the adjective after its noun; "Livello di rischio basso" names the scale in words)
  if (words.length >= 2 && words.length <= 4 && isSeverityWord(words[words.length - 1]) && factKind(words.slice(0, -1).join(' ')) === 'severity') return words[words.length - 1];
  if (words.length <= 2 && isSeverityWord(words[0]) && (words.length === 1 || FINDING_NOUN.test(words[1]) || /^(?:zistenia|havainnot|megállapítások|constatări|bulgular)$/iu.test(words[1]) || /^(?:пріоритет|ризик|серйозності|ризику)$/iu.test(words[1]))) return words[0];
  // ("## Високий пріоритет", "## Низький ризик": a severity word over the name of the scale, in Ukrainian)
  // ("### For information": the informational ones)
  // ("### 🛑 Blockers": a review's blocking comments, the plural naming the group)
  // (Convention: a report graded Blocker / Major / Minor groups its findings under the plural of each grade,
  // "### Blockers", "### Majors", "### Minors", as accessibility and QA reports do)
  // (Convention: a pentest's or audit's unrated remarks grouped as "Informational observations", "Informational
  // notes", often in an appendix: the group's items are findings rated informational)
  if (words.length === 2 && /^info(?:rmation(?:al)?)?$/i.test(words[0]) && /^(?:observations|notes|items)$/i.test(words[1])) return words[0];
  const m = /^(?:for\s+(?=info))?(critical|crit|high|medium|med|moderate|low|info(?:rmation(?:al)?)?|blocker|major|minor|trivial|P[0-4]|Sev-?[0-5]|gas(?:\s+(?:savings|optimi[sz]ations?))?|(?:gas\s+)?optimi[sz]ations?|non-critical|nits?)(?:(?<=blocker|major|minor)s)?(?:[\s-]+(?:severity|priority|risk|impact))?(?:\s+(?:issues|findings|bugs|vulnerabilities|defects|non-?conformit(?:y|ies)|NCs?))?(?:\s*[/&+,]\s*(?:nits?|nitpicks?|notes?|minor|info(?:rmational)?|low|trivial|suggestions?|cleanup|polish))?(?:\s*\(\d+(?:\s+(?:issues?|findings?|bugs?|items?|vulnerabilities))?\))?$/i.exec(title.trim());
  return m ? m[1] : null;
}

/** Severity a group heading states for what it holds: "Low-Priority Items", "High Risk", "### Critical", "Gas Savings". */
export function groupSeverity(text: string, title: string, headingSeverity: Severity | null): Severity | null {
  if (headingSeverity) return headingSeverity;
  // (Convention: a readout's group of the lesser findings by their rating, "## Low-rated findings", "High-rated
  // issues": the rating the group holds, as "Low-risk findings" does)
  const prio = /\b(critical|high|medium|low|minor|major|blocker|trivial)[\s-]+(?:priority|severity|risk|rated)\b/i.exec(text);
  if (prio) return severityFromValue(prio[1]);
  // "### After launch (Sev-3)", "## Blockers (P0)": a severity alone in the heading's parentheses
  // ("## 5. Observations (informational)": the informational ones)
  const paren = /\(\s*((?:P[0-4]|Sev-?[0-5]|S[1-4]|critical|high|medium|low|blocker|major|minor|trivial|informational|info))\s*\)\s*$/i.exec(text);
  if (paren && severityFromValue(paren[1])) return severityFromValue(paren[1]);
  const only = severityGroupTitle(text) ?? severityGroupTitle(title);
  if (!only) {
    const tier = reviewTier(title);
    if (tier) return tier.severity;
  }
  // Code4rena/yAudit "Gas Savings", "Gas Optimizations", "Non-Critical": informational notes
  if (only && /^(?:gas|optimi|non-critical|nit)/i.test(only)) return 'info';
  return only ? severityFromValue(only) ?? (/^info/i.test(only) ? 'info' : null) : null;
}

const STATUS_GROUP_TITLE_RE = /^[\p{S}\s]+/u;
const SECTION_NUMBER_RE = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u;
const AWAITING_CHECK_GROUP = /^(?:awaiting|pending|ready for|waiting for) (?:your |the |customer |client |qa )?(?:verification|retest|re-test|re-testing|retesting|confirmation|sign-?off)$/;
/**
 * "### In Progress", "## Done", "### Canceled": a heading that names a status groups what it holds
 * by that status (tracker boards and exports). Returns the status, or null.
 */
export function statusGroupTitle(title: string): Status | null {
  // ("### ⊘ Canceled (1)", "### ⧉ Duplicate (1)": a tracker export's status icon, any symbol, before the word)
  // (EMOJI_RE's characters are all above U+00FF; the bracket needs a ')')
  // (Convention: a report's numbered section naming the state of the findings under it, "## 6. Addressed During
  // Assessment", "## 4. Resolved": the section's number is no part of the state)
  let t = (/[^\x00-\xff]/.test(title) ? title.replace(EMOJI_RE, ' ') : title).replace(STATUS_GROUP_TITLE_RE, '').replace(SECTION_NUMBER_RE, '');
  if (t.includes(')')) t = t.replace(/\s*\([^)]*\)\s*$/, '');
  t = t.replace(/\s+/g, ' ').trim().toLowerCase();
  // Convention: a group named by two words for its state set apart by a slash, "### Deferred / won't fix for
  // R26.3", "## Won't fix / out of scope": the one the vocabulary knows names it, where the others name no other
  if (t.includes(' / ')) {
    const states = new Set(t.split(' / ').map((x) => (x.includes(' / ') ? null : statusGroupTitle(x))).filter((x) => x !== null));
    return states.size === 1 ? [...states][0] : null;
  }
  // "Fixed in this branch", "Not fixed (out of scope for this PR)", "Still open": the status word leads
  // ("Will not fix in 3.x", "Won’t fix (agreed with product)": the decision, however it is spelled)
  t = t.replace(/^(?:will not|won’t|wont) fix\b/, "won't fix");
  // ("Patched today", "Addressed in this pass": the fix said by another verb, when it was said after it)
  const lead = /^(not fixed|still open|fixed|patched|addressed|resolved|open|closed|done|won'?t fix)\b(?:\s+(?:in|on|by|for|during|before|after|since|yet|today|here|already)\b.{0,40})?$/.exec(t);
  if (lead) t = lead[1] === 'patched' || lead[1] === 'addressed' ? 'fixed' : lead[1];
  if (t === 'not fixed' || t === 'still open') return 'open';
  // (Ukrainian boards: "Відкриті", "В роботі", "Виправлено", "Перевірено", "Відхилено", "Дублікати")
  const uk = /^(?:(відкриті|відкрито|нові|до виконання|не виправлено)|(в роботі|у роботі|на перевірці)|(виправлено|виправлені|закрито|закриті|готово|виконано)|(перевірено|перевірені)|(ризик прийнято|не виправлятимемо|відхилено|відхилені)|(дублікати|дублікат))$/u.exec(t);
  if (uk) return (['open', 'in_progress', 'fixed', 'verified', 'wont_fix', 'duplicate'] as const)[uk.slice(1).findIndex(Boolean)];
  if (/^(?:to ?do|backlog|open|new|triage|not started|icebox|blocked|ready)$/.test(t)) return 'open';
  if (/^(?:in progress|doing|in review|review|under review|in qa|qa|testing|in development|wip)$/.test(t)) return 'in_progress';
  if (/^(?:done|closed|fixed|resolved|completed|complete|shipped|merged)$/.test(t)) return 'fixed';
  if (/^(?:verified|validated)$/.test(t)) return 'verified';
  // Convention: a supplier's or a dev team's group of items fixed and handed over for the other side's check,
  // "### Awaiting your verification", "## Ready for retest", "## Pending customer verification": fixed, only the
  // check to come (as "Fixed – retest pending" is)
  if (AWAITING_CHECK_GROUP.test(t)) return 'fixed';
  // ("Pushed back on", "Not changed": a review reply's group of the reviewer's points the author declined)
  // Convention: a compliance scan's "## Accepted exceptions" (also "Approved waivers", "Risks accepted"): failures
  // signed off to stay as they are, each with its compensating control and review date
  if (/^(?:cancell?ed|won'?t (?:fix|do|change)|wontfix|rejected|declined|not planned|out of scope|pushed back(?: on)?|push-?back|disagreed?(?: with)?|not changed|left as is|(?:accepted|approved|granted) (?:exceptions|waivers|deviations|risks)|(?:exceptions|waivers|risks) accepted)$/.test(t)) return 'wont_fix';
  if (/^(?:duplicates?)$/.test(t)) return 'duplicate';
  return null;
}

const REVIEW_TIER_RE = /^[^\p{L}]*(must|should|could|nice)[- ](?:fix|have|change|to[- ]have)(?:\s+(?:items?|issues?|findings?|changes?))?(\s+before\s+(?:the\s+)?(?:merge|merging|release|launch|deploy(?:ing|ment)?|shipping|go[- ]live))?\s*(?:\(\d+\))?\s*$/iu;
/**
 * Convention: a code review's tiers of what it asks for, MoSCoW-like, each a heading over its items: "## Must
 * fix" (has to change before it ships: high, blocks), "## Should fix" (a real problem that does not hold the
 * change up: medium), "## Nice to have" / "## Could fix" (the author's call: low). The tier alone, or with a
 * count or a noun for findings ("Must-fix items (4)"); null for any other title.
 * Convention: a review bot's top tier says what it must be fixed before, "### 🚨 Must fix before merge" beside
 * "### ⚠️ Should fix": the same tier (the gate it names is the change's own merge or release); only "must" takes
 * that clause, a "Should fix before release" says more than a tier's name.
 */
// Convention: a design review graded against a style guide in RFC 2119 terms files its items under the bare
// keywords, "## Must" / "## Should" / "## May" (also "MUST" / "SHOULD" / "MAY"): the same tiers as "Must fix",
// "Should fix", "Could fix", "may" being the advisory one
const RFC2119_TIER_RE = /^[^\p{L}]*(must|should|may)(?:\s*\(\d+\))?\s*$/iu;
export function reviewTier(title: string): { severity: Severity; blocks: boolean } | null {
  const k = RFC2119_TIER_RE.exec(title);
  if (k) {
    const w = k[1].toLowerCase();
    return w === 'must' ? { severity: 'high', blocks: true } : w === 'should' ? { severity: 'medium', blocks: false } : { severity: 'low', blocks: false };
  }
  const m = REVIEW_TIER_RE.exec(title);
  if (!m || (m[1].toLowerCase() === 'nice') !== /[- ]to[- ]have\b/i.test(title)) return null;
  if (m[2] && m[1].toLowerCase() !== 'must') return null;
  const w = m[1].toLowerCase();
  return w === 'must' ? { severity: 'high', blocks: true } : w === 'should' ? { severity: 'medium', blocks: false } : { severity: 'low', blocks: false };
}

const GROUP_BLOCKS_RE = /(?<![\p{L}])non[- ]bloquant/iu;
const GROUP_BLOCKS_RE2 = /(?<![\p{L}])bloquant(?:e|s|es)?(?![\p{L}])/iu;
/**
 * "## Blocking Issues" / "## Release blockers" (true), "## Non-blocking Follow-ups" (false): a group
 * heading that says whether what it holds blocks deployment. Null when it says neither.
 */
const KNOWN_ISSUES_SHIPPING = /\bknown (?:issues|defects|bugs|limitations)\b\W{0,3}(?:(?:that |which )?(?:are |we are |will be )?)?(?:shipping|shipped|ship|going out|released)\s+(?:in|with)\b/i;
// (a constant: the TypeScript loader rebuilds a literal with a Unicode property escape on every call)
const NIT_TITLE = /^[^\p{L}]*(?:nit(?:s|[- ]?picks?)?|nitpicky)(?![\p{L}])/iu;
export function groupBlocks(title: string): boolean | null {
  // ("## Must fix" blocks, "## Should fix" does not: a review's tiers)
  const tier = /^\W*(?:must|should|could|nice|may)\b/i.test(title) ? reviewTier(title) : null;
  if (tier) return tier.blocks;
  // ("Should fix (4) — don't block merge, but please address them")
  // ("## P1 — Fix before launch if possible", "Ideally before release": a wish for the launch, not its gate)
  if (/\bbefore (?:the )?(?:next )?(?:launch|release|go[- ]live|deploy(?:ment)?)\s*,?\s*(?:if (?:possible|feasible|time (?:allows|permits))|where possible|ideally)\b|\bideally before\b/i.test(title)) return false;
  // Convention: a release readiness report's list of the known issues the release ships with, "## Known issues
  // shipping in 4.12", "## Known issues (shipped with 3.2)": they go out with it, so they do not hold it
  if (KNOWN_ISSUES_SHIPPING.test(title)) return false;
  // ("## Non-blockers — ship with known issues": findings that are not blockers, though the word names them)
  if (/\bnon[- ]?block(?:ing|ers?)\b|\bnot blocking\b|\b(?:don't|do not|does not|doesn't|won't|will not) block\b|\bfollow[- ]?ups?\b|\bnice to have\b|\bafter (?:launch|release|go[- ]live|ga)\b|\bpost[- ](?:launch|release|go[- ]live|ga|cutover)\b/i.test(title)) return false;
  // Convention: a group whose gloss says none of it gates, "## 🧹 Cleanup (low — nothing here blocks)", "none of
  // these block": its findings do not block
  if (/\b(?:nothing (?:here|below|in (?:this|here)(?: (?:section|group|list))?) blocks|none of (?:these|them|this group|the (?:items|findings) (?:here|below)) blocks?)\b/i.test(title)) return false;
  // Convention: a code review's group of nits, "⚪ Nits (3)", "## Nitpicks", "Nit-picks": a nit is by its name a
  // remark the author may ignore, so it never holds the merge
  if (NIT_TITLE.test(title)) return false;
  // (German: "kein Release-Blocker", "Kein Go-Live-Blocker": no blocker, though the word names one)
  if (/\bkein(?:e|en)? (?:[\w-]+-)?blocker\b/i.test(title)) return false;
  // (French: "### Anomalies bloquantes" / "### Bloquantes", the recette's defects that hold the go-live; "Non
  // bloquantes" do not)
  if (GROUP_BLOCKS_RE.test(title)) return false;
  if (GROUP_BLOCKS_RE2.test(title)) return true;
  // ("## High priority — fix before the next deploy": the level's gloss holds the next deploy for them)
  if (/\bblocking\b|\bblockers?\b|\bmust fix before\b|\bbefore (?:launch|release|go[- ]live|ga)\b|\bfix(?:ed)? before (?:the )?(?:next )?deploy(?:ment)?\b/i.test(title)) return true;
  return null;
}

/**
 * The verb "block" (shipping, a release, a go-live) by language, one list each: a language is added in
 * one place. Used where a legend says what a mark or a level blocks.
 */
const BLOCK_WORDS: Record<string, string[]> = {
  en: ['block(?:s|ed|ing)?', 'blockers?'],
  fr: ['bloqu\\p{L}*'],
  es: ['bloque(?:a|an|ar|ante)'],
  pt: ['bloquei(?:a|am)', 'bloquear'],
  it: ['blocc(?:a|ano|are|ante)'],
  de: ['blockier\\p{L}*'],
  nl: ['blokke\\p{L}*'],
  cs: ['blokuj\\p{L}*'],
  pl: ['blokuj\\p{L}*'],
  sv: ['blockerar'],
  da: ['blokerer'],
  no: ['blokkerer'],
  ro: ['blochea\\p{L}*', 'blocant\\p{L}*'],
  // Hebrew: "חוסם את חלון התחזוקה" (blocks the maintenance window)
  he: ['חוס(?:ם|מת|מים|מות)'],
  hu: ['blokkol\\p{L}*'],
  fi: ['est(?:ää|ävät)'],
  // Croatian, Serbian, Bosnian, Slovenian: "blokira", and "uvjetuje puštanje u rad" (is a condition of the go-live)
  hr: ['blokira\\p{L}*', 'uvjetuj\\p{L}*'],
  id: ['memblokir', 'menghambat'],
  // Malay: "Menghalang penamatan" (blocks the decommissioning), "menyekat pelancaran" (holds back the launch)
  ms: ['menghalang', 'menyekat'],
  // Ukrainian: "блокує запуск порталу", "блокують реліз", "блокер"
  uk: ['блоку(?:є|ють|вати|ватиме)', 'блокер\\p{L}*'],
  // Russian: "блокирует выкатку", "блокируют релиз", "блокер"
  ru: ['блокиру(?:ет|ют|ющ\\p{L}*)', 'блокер\\p{L}*'],
  // Vietnamese "chặn" (blocks: "Chặn go-live."); Greek "μπλοκάρει", "εμποδίζει"
  vi: ['chặn'],
  // Bulgarian: "блокира пускането" (it blocks the launch), "блокират пускането на версия 3.0"
  bg: ['блокира(?:т)?'],
  // Icelandic: "hindrar útskrift" (prevents the release to service), "stöðvar afhendingu" (stops the delivery)
  is: ['hindr(?:ar|a|aði|uðu)', 'stöðva(?:r)?'],
  el: [`${greekLoose('μπλοκαρ')}\\p{L}*`, `${greekLoose('εμποδιζ')}\\p{L}*`],
};
export const BLOCK_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${Object.values(BLOCK_WORDS).flat().join('|')})(?![\p{L}])`, 'iu');
/** the same verb denied: "does not block", "nu blochează", "nem blokkolja" */
// (German "stehen einer Veröffentlichung nicht entgegen": they do not stand in the way of the release)
export const NOT_BLOCK_WORD = new RegExp(String.raw`(?<![\p{L}])(?:not|n't|never|nu|nem|ne|nie|non|nicht|niet|no|não|inte|ikke|ikke|не|không|δεν|δε|μην|לא|tidak)\s+(?:\p{L}+\s+)?(?:${Object.values(BLOCK_WORDS).flat().join('|')})(?![\p{L}])|non[- ]?blocking|(?<![\p{L}])(?:hindr|stöðv)\p{L}* ekki(?![\p{L}])|(?<![\p{L}])(?:stehen|steht)\s+(?:\p{L}+\s+){0,4}nicht\s+entgegen(?![\p{L}])`, 'iu');

/** Yes and no by language, for columns and fields that answer ("Blocks release? | Igen |"). */
const YES_NO: Record<string, [string[], string[]]> = {
  en: [['yes', 'y', 'true'], ['no', 'n', 'false']],
  fr: [['oui'], ['non']],
  es: [['sí', 'si'], ['no']],
  it: [['sì', 'si'], ['no']],
  // Hebrew: "**חוסם שחרור:** כן" (blocks release: yes), "לא" (no)
  he: [['כן'], ['לא']],
  pt: [['sim'], ['não', 'nao']],
  de: [['ja'], ['nein']],
  nl: [['ja'], ['nee']],
  sv: [['ja'], ['nej']],
  da: [['ja'], ['nej']],
  no: [['ja'], ['nei']],
  cs: [['ano'], ['ne']],
  pl: [['tak'], ['nie']],
  hu: [['igen'], ['nem']],
  fi: [['kyllä'], ['ei']],
  // (Estonian: "**Blokeerib tootmisse viimise:** jah" / "ei")
  et: [['jah'], ['ei']],
  sk: [['áno'], ['nie']],
  ro: [['da'], ['nu']],
  tr: [['evet'], ['hayır']],
  uk: [['так'], ['ні']],
  ru: [['да'], ['нет']],
  vi: [['có'], ['không']],
  el: [['ναι'], ['όχι', 'οχι']],
  th: [['ใช่'], ['ไม่']],
  // (Chinese: "阻断上线：是" / "否", the answer alone or before a note, "否（经批准延期）")
  zh: [['是'], ['否']],
  // (Convention: a Japanese report answers a field or column of what must be done before the site or release goes out,
  // "公開前対応: 必須" (fix before publication: required), with required or not: "必須" is its yes, "不要" (not needed)
  // and "任意" (optional) its no)
  ja: [['はい', '必須'], ['いいえ', '不要', '任意']],
  tl: [['oo'], ['hindi']],
  sw: [['ndiyo'], ['hapana']],
  // (Latvian: "**Bloķē laidienu 2.5:** Jā" / "Nē")
  lv: [['jā'], ['nē']],
  // (Malay and Indonesian: "Ya" / "Tidak")
  ms: [['ya'], ['tidak']],
  sr: [['да'], ['не']],
  // (Persian: "بله" / "خیر", and the plainer "آری" / "نه")
  fa: [['بله', 'آری'], ['خیر', 'نه']],
};
const YES_RE = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:${Object.values(YES_NO).flatMap(([y]) => y).join('|')})(?![\p{L}\p{N}])`, 'iu');
const NO_RE = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:${Object.values(YES_NO).flatMap(([, n]) => n).join('|')})(?![\p{L}\p{N}])`, 'iu');
/** true for a value that opens with yes, false with no (in any language of YES_NO), else null */
/**
 * The phase a Phase/Milestone field names. Convention: "Phase: 1 · Estimate: ~2h", "Milestone: 3": a bare
 * number is the N-th of the key's own kind, so the key stays with it ("Phase 1", as the plan's steps are
 * titled); "Phase: —", "Phase: n/a" name none.
 */
export function phaseValue(key: string, value: string): string | null {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v || /^(?:[—–-]+|n\/?a|none|tbd)$/i.test(v)) return null;
  const k = unmarked(key);
  if (/^(?:\d{1,2}|[IVX]{1,4})$/.test(v) && /^(?:phase|milestone|stage|wave|sprint)$/i.test(k)) return `${k[0].toUpperCase()}${k.slice(1).toLowerCase()} ${v}`;
  return v;
}

export function yesNo(value: string): boolean | null {
  return YES_RE.test(value) ? true : NO_RE.test(value) ? false : null;
}

/**
 * The one vocabulary of a table column that says whether each row gates shipping, shared by its readers (a
 * findings table's blocks column in mentions, a level table's "Blocks merge?" column in report-facts).
 * The step shipped: "GA", "launch", "go-live", "cut-over", "merge", "beta" …
 */
const GATE_STEP_WORD = String.raw`(?:ga|general availability|launch|release|go[- ]?live|deploy(?:ment)?|ship(?:ping)?|cut-?over|rollout|merge|beta)`;
/**
 * The column's header, named for the gate of the step ("| GA gate |", "| Launch gate |", "| Release gate |") or
 * for blocking it ("| Blocks merge? |", "| Blocks the release |", "| Blocking deploy |"), in any case
 */
export const GATE_COLUMN_HEADER = new RegExp(String.raw`^[^\p{L}]*(?:${GATE_STEP_WORD}\s+gate|(?:blocks?|blocking|blocker)\s+(?:the\s+)?${GATE_STEP_WORD})\s*\??[^\p{L}]*$`, 'iu');
/** (the step a cell names, or the release by its version, "before 2.4") */
const GATE_STEP = String.raw`(?:the\s+)?(?:${GATE_STEP_WORD}|v?\d+(?:\.\d+)+)\b`;
const GATE_BEFORE = new RegExp(String.raw`^\W*(?:(?:must|should|needs? to|to)\s+(?:be\s+)?(?:fix(?:ed)?|close[d]?|resolve[d]?|land(?:ed)?)\s+)?(?:before|pre-?)\s*${GATE_STEP}`, 'i');
const GATE_AFTER = new RegExp(String.raw`^\W*(?:(?:can|may)\s+(?:be\s+)?(?:fix(?:ed)?|land(?:ed)?|wait)\s+)?(?:after|post-?)\s*${GATE_STEP}|^\W*(?:can wait|follow-?up|later)\b`, 'i');

/**
 * A gate column's cell: true when it answers yes or says the fix falls before the step ("Yes", "Must fix before
 * GA", "Before launch", "Pre-GA"), false when it answers no or puts the fix after it ("No", "Post-GA", "After
 * launch", "Can wait"), null when it says neither ("Recommended")
 */
export function gateColumnCell(cell: string): boolean | null {
  return yesNo(cell) ?? (GATE_BEFORE.test(cell) ? true : GATE_AFTER.test(cell) ? false : null);
}

const BLOCKS_STATEMENT_RE = /(?:^|[^\p{L}])(?:nelze (?:[\p{L}.\d]+ ){0,4}nasadit|blokuje (?:nasazení|vydání))/iu;
// Convention: a Czech or Slovak report's word on a finding and the go-live, "Blokuje spuštění ostrého provozu." (it
// blocks the launch of live operation), "Musí být opraveno před spuštěním ostrého provozu" (it must be fixed before
// it), "Ostatní nálezy spuštění neblokují" (the other findings do not block the launch); Slovak "musí byť opravené
// pred spustením", "neblokuje nasadenie"
const CS_STEP = String.raw`(?:spuštění|spustenie|spustenia|nasazení|nasadenie|nasadenia|vydání|vydanie|vydania|zprovoznění|sprevádzkovanie|ostr(?:ý|ého|ém) provoz\p{L}*|go-live)`;
const CS_STEP_BEFORE = String.raw`(?:spuštěním|spustením|nasazením|nasadením|vydáním|zprovozněním|sprevádzkovaním|uvedením do (?:ostrého )?prevádzky|uvedením do (?:ostrého )?provozu|přechodem do (?:ostrého )?provozu|go-live)`;
const BLOCKS_STATEMENT_CS_NOT = new RegExp(String.raw`(?<![\p{L}])(?:${CS_STEP} (?:[\p{L}]+ ){0,2}?neblokuj\p{L}*|neblokuj\p{L}* (?:[\p{L}]+ ){0,2}?${CS_STEP})(?![\p{L}])`, 'iu');
const BLOCKS_STATEMENT_CS = new RegExp(String.raw`(?<![\p{L}])(?:blokuj\p{L}* (?:[\p{L}\d.]+ ){0,2}?${CS_STEP}|(?:musí|musejí|musia|nutno|je (?:nutné|nutno|třeba|potřeba|nevyhnutné|potrebné))(?: být| byť)? (?:[\p{L}]+ ){0,3}?(?:před|pred) ${CS_STEP_BEFORE})(?![\p{L}])`, 'iu');
const BLOCKS_STATEMENT_RE2 = /(?:^|[^\p{L}])nie blokuj(?:e|ą) (?:wdrożeni|wydani|publikacj|uruchomieni)/iu;
const BLOCKS_STATEMENT_RE3 = /(?:^|[^\p{L}])(?:blokuj(?:e|ą) (?:wdrożeni|wydani|publikacj|uruchomieni)|(?<!nie )(?:musi|muszą|należy|trzeba|powinien|powinna|powinny|powinno)(?: (?:być|zostać))? (?:naprawi|usun|zamkn|poprawi)\p{L}* przed (?:wdrożeniem|wydaniem|publikacją|uruchomieniem))/iu;
// Convention: an Urdu review's note that a finding must be fixed before the release, "ریلیز v3.4 سے پہلے لازمی درست
// کریں" (before release v3.4, necessarily fix it), "لانچ سے پہلے ٹھیک کرنا ضروری ہے" (before the launch, fixing is
// needed), "ریلیز روکتا ہے" (it holds the release); "ریلیز نہیں روکتا" (it does not)
const UR_STEP = '(?:ریلیز|لانچ|ڈیپلائمنٹ|ڈپلائمنٹ|پروڈکشن|لائیو|اجرا)';
const BLOCKS_STATEMENT_UR_NOT = new RegExp(`${UR_STEP}(?:\\s+کو)?\\s+نہیں\\s+روک(?:تا|تی|تے)(?![\\p{L}\\p{M}])`, 'u');
const BLOCKS_STATEMENT_UR = new RegExp(`${UR_STEP}(?:\\s+\\S+){0,2}?\\s+سے\\s+پہلے\\s+(?:\\S+\\s+){0,3}?(?:لازمی|ضروری)(?![\\p{L}\\p{M}])|${UR_STEP}(?:\\s+کو)?\\s+روک(?:تا|تی|تے)(?![\\p{L}\\p{M}])`, 'u');
const BLOCKS_STATEMENT_RE4 = /(?:^|[^\p{L}])(?:لا (?:نوصي|يوصى|ننصح|يُنصح|ينصح|يجوز|يمكن) ب?(?:ال)?(?:إطلاق|نشر|انتقال|تشغيل)[^.]{0,60}?قبل (?:إغلاق|إصلاح|معالجة)|(?:يجب|ينبغي|يلزم) (?:إغلاق|إصلاح|معالجة)[^.]{0,60}?قبل (?:ال)?(?:إطلاق|نشر|انتقال إلى الإنتاج|تشغيل)|(?:يمنع|تمنع|يعيق|تعيق) (?:ال)?(?:إطلاق|نشر|انتقال إلى الإنتاج))/u;
const BLOCKS_STATEMENT_RE5 = /(?:^|[^\p{L}])(?:(?:sertifikat|paleidim|diegim|išleidim)\p{L}*[^.]{0,40}?su sąlyga,? kad|blokuoja (?:diegimą|paleidimą|išleidimą|sertifikavimą)|(?:turi|reikia)[^.]{0,40}?(?:ištaisyt|pašalint|uždaryt)\p{L}* prieš (?:diegimą|paleidimą|išleidimą))/iu;
const BLOCKS_STATEMENT_RE6 = /(?:^|[^\p{L}])nebloķē (?:[\p{L}\d.-]+ ){0,3}?(?:laidien|izvietošan|palaišan|ieviešan|nodošan)/iu;
/** "must be resolved before the console is opened to …", "… before the portal opens to …" (blocksStatement) */
// (Convention: the go-live of a first site, "Must be resolved before the first public site goes live in Utrecht": a
// launch to the users of a place, as opening to a group of users is)
// (Convention: a pentest's go-live condition asks for the retest too, "SEG-01 and WL-01 must be remediated and retested
// before the Maternity and Neonatal Unit Wi-Fi goes live": the fix and its retest, before the go-live of a named system)
// (Convention: a facility, plant or building-services assessment holds the switch-on of a new hall or system, "Must
// be closed before DH3 is energised", "must be resolved before the plant is commissioned", "… is handed over": the
// energisation, commissioning or handover of what it names, as a go-live is)
const MUST_FIX_BEFORE_OPENED = /\bmust be (?:fixed|resolved|closed|addressed|remediated|mitigated)(?: and (?:re-?tested|verified|re-?checked))? before (?:the |this |it |we )?(?:[\w-]+ ){0,5}?(?:(?:is |are |gets )?(?:opened|opens|open) (?:up )?to\b|(?:goes|go|is|are) live\b|(?:is |are |gets |get )(?:re-?)?(?:energi[sz]ed|commissioned|handed over|put into service|taken into service)\b)/i;
/** Swedish, Danish, Norwegian: "blockerar publicering av version 4.3", "blokerer release" (blocksStatement) */
const BLOCKS_STATEMENT_SCAND = /(?<![\p{L}])(?:blockerar|blokerer|blokkerer) (?:(?:även|også|ogso) )?(?:[\p{L}\d.-]+ ){0,2}?(?:publicering|release|lansering|driftsättning|driftssättning|utrullning|udrulning|utrulling|idriftsættelse|idriftsetting|produktionssättning|go-live)\p{L}*/iu;
/** the same verb denied: "blockerar inte releasen", "blokerer ikke release" */
const BLOCKS_STATEMENT_SCAND_NOT = /(?<![\p{L}])(?:blockerar inte|blokerer ikke|blokkerer ikke)(?![\p{L}])/iu;
// Convention: a Scandinavian review's note that a finding must be closed before the rollout or go-live, "Må lukkes
// før utrulling til flere skoler" (Norwegian), "måste åtgärdas före driftsättning" (Swedish), "skal udbedres før
// idriftsættelse" (Danish): a gate on the step, as "must be fixed before release" ("bør"/"bör", should, is a wish)
const BLOCKS_STATEMENT_SCAND_BEFORE = /(?<![\p{L}])(?:må|måste|skal|ska|skall)(?: (?:[\p{L}\d.-]+ ){0,2}?)(?:lukkes|lukkast|utbedres|utbetrast|udbedres|rettes|løses|fikses|åtgärdas|stängas|korrigeras|vara åtgärdad\p{L}*|være (?:lukket|utbedret|udbedret|rettet|løst)|vere (?:lukka|utbetra)) (?:og verifiseres |og verificeres |och verifieras )?(?:før|före|innan|inför) (?:[\p{L}\d.-]+ ){0,2}?(?:utrulling|utrullning|udrulning|lansering|lancering|driftsättning|produksjonssetting|produktionssættelse|produktionssætning|produktionssättning|idriftsettelse|idriftsættelse|idriftsetting|go-live|release|publicering|produksjon|produktion)\p{L}*/iu;
// Convention: a Dutch audit's verdict on one finding, "Blokkerend voor de uitrol naar de overige stations.", "blokkeert
// de livegang" (it holds the rollout, the go-live), "moet vóór de uitrol zijn opgelost" (must be fixed before it), or
// the opposite, "Niet blokkerend voor de uitrol", "blokkeert de release niet" (blocksStatement)
const NL_SHIP_STEP = String.raw`(?:uitrol|livegang|ingebruikname|ingebruikneming|release|productie|oplevering|lancering|go-live|publicatie|vrijgave|migratie)(?![\p{L}])`;
const BLOCKS_STATEMENT_NL_NOT = /(?<![\p{L}])(?:niet|geen) blokker(?:end|t)(?![\p{L}])|(?<![\p{L}])blokkee?rt (?:de |het )?(?:[\p{L}\d.-]+ ){0,3}?niet(?![\p{L}])|(?<![\p{L}])geen (?:blokkade|blocker|showstopper)(?![\p{L}])/iu;
const BLOCKS_STATEMENT_NL = new RegExp(String.raw`(?<![\p{L}])(?:blokkee?rt|blokkerend|blokkeren) (?:voor |op )?(?:de |het )?(?:[\p{L}\d.-]+ ){0,2}?${NL_SHIP_STEP}|(?<![\p{L}])(?:moet|moeten|dient|dienen)\s(?:[^.;]|\.(?=\d)){0,60}?(?:vóór|voor|voordat) (?:de |het |die |deze )?(?:[\p{L}\d.-]+ ){0,2}?${NL_SHIP_STEP}(?:[^.;]|\.(?=\d)){0,80}?(?:opgelost|verholpen|hersteld)(?![\p{L}])|(?<![\p{L}])(?:opgelost|verholpen|hersteld) (?:zijn |worden )?(?:vóór|voordat) (?:de |het )?(?:[\p{L}\d.-]+ ){0,2}?${NL_SHIP_STEP}`, 'iu');
const BLOCKS_STATEMENT_RE7 = /(?:^|[^\p{L}])bloķē (?:[\p{L}\d.-]+ ){0,3}?(?:laidien|izvietošan|palaišan|ieviešan|nodošan)\p{L}*/iu;
const BLOCKS_STATEMENT_RE8 = /(?:^|[^\p{L}])ne (?:uvjetuj|blokira)\p{L}* (?:puštanje|izdavanje|objavu|isporuku)/iu;
const BLOCKS_STATEMENT_RE9 = /(?:^|[^\p{L}])(?:uvjetuj|blokira)\p{L}* (?:puštanje|izdavanje|objavu|isporuku)/iu;
// Convention: a Slovenian pentest or review says of a finding that it holds the release, "Blokira objavo v
// produkcijo." (it blocks the publication to production), "blokirajo izdajo", or that it is to be fixed before it,
// "mora biti odpravljena pred objavo", "treba je odpraviti pred uvedbo v produkcijo", "je pogoj za objavo" (is a
// condition of the release); and denies it with the object in the genitive, "ne blokira objave", "ni pogoj za objavo"
// (an installation, a start or a transition is the release only when production is named: "blokira zagon aplikacije"
// is a crash, "blokira prehod v produkcijo" a gate)
const SL_PROD = String.raw`v (?:produkcijo|produkcijsko okolje)`;
const SL_STEP_ACC = String.raw`(?:objavo|izdajo|uvedbo|predajo|(?:namestitev|zagon|prehod) ${SL_PROD})`;
const SL_STEP_INS = String.raw`(?:objavo|izdajo|uvedbo|predajo|(?:namestitvijo|zagonom|prehodom) ${SL_PROD})`;
const BLOCKS_STATEMENT_SL_NOT = /(?<![\p{L}])(?:ne blokira(?:jo|ta)? (?:[\p{L}\d.]+ ){0,2}?(?:objave|izdaje|uvedbe|predaje|(?:namestitve|zagona|prehoda) v produkcijo)|(?:ni|niso|nista) pogoj(?:i|a)? za (?:objavo|izdajo|uvedbo|predajo))(?![\p{L}])/iu;
const BLOCKS_STATEMENT_SL = new RegExp(String.raw`(?<![\p{L}])(?:(?<!ne )blokira(?:jo|ta)? (?:[\p{L}\d.]+ ){0,2}?${SL_STEP_ACC}|(?:mora(?:jo|ta)?|je treba|treba je|je potrebno|potrebno je)(?: biti)? (?:[\p{L}]+ ){0,3}?pred (?:[\p{L}\d.]+ ){0,2}?${SL_STEP_INS}|(?<!ni |niso )(?:je|so|sta) pogoj(?:i|a)? za ${SL_STEP_ACC})(?![\p{L}])`, 'iu');
// (Convention: a Slovenian summary holds the release until named findings are fixed, "Priporočamo, da se različica
// v2.4.0 ne objavi v produkciji, dokler EP-01, EP-03 in EP-08 niso odpravljene" (not to be published until they are
// fixed), "ne sme biti izdana, dokler …": as Italian "non pubblicare … finché")
const BLOCKS_STATEMENT_SL_UNTIL = /(?<![\p{L}])(?:ne (?:sme(?:jo|ta)? )?(?:biti )?(?:objavi\p{L}*|objavlja\p{L}*|izda(?:ti|mo|jte|na|no|ne)?|uvede\p{L}*|uvest\p{L}*|izdan\p{L}*|prenes\p{L}* v produkcijo)|ni (?:dovoljeno|priporočljivo) (?:objaviti|izdati|uvesti))(?![\p{L}])(?:[^.]|\.(?=\d)){0,100}?(?<![\p{L}])dokler(?![\p{L}])/iu;
const BLOCKS_STATEMENT_RE10 = /(?:^|[^\p{L}])(?:hindr|stöðv)\p{L}* ekki(?![\p{L}])/iu;
const BLOCKS_STATEMENT_RE11 = /(?:^|[^\p{L}])(?:hindr(?:ar|a|aði|uðu)|stöðva(?:r)?) (?:[\p{L}\d.,]+ ){0,6}?(?:útskrif\p{L}*|útgáf\p{L}*|afhending\p{L}*|rekstur|rekstri|gangsetning\p{L}*|innleiðing\p{L}*)(?![\p{L}])/iu;
const BLOCKS_STATEMENT_RE12 = /(?:^|[^\p{L}])(?:\p{L}+ )?ei takista\p{L}*|(?:käivitamist|väljalaset|juurutamist) ei takista/iu;
const BLOCKS_STATEMENT_RE13 = /(?:^|[^\p{L}])takista\p{L}* (?:[\p{L}\d.]+ ){0,5}?(?:käivitamist|väljalaset|juurutamist|avaldamist|tootmisse)/iu;
// Convention: an Estonian review says of a finding that it holds the go-live, "Blokeerib tootmisse viimise" (it
// blocks taking into production), "blokeerib väljalaske", or that it is to be fixed before it, "tuleb enne väljalaset
// parandada", "tuleb parandada enne tootmisse viimist", "peab olema parandatud enne juurutamist"; and denies it, "Ei
// blokeeri väljalaset" (it does not block the release)
const ET_SHIP_STEP = String.raw`(?:väljala(?:set|ske)|tootmisse (?:viimis(?:t|e)|minekut?|laskmis(?:t|e))|tootmiskeskkonda viimist|juurutamis(?:t|e)|käivitamis(?:t|e)|avaldamis(?:t|e)|kasutuselevõttu)`;
const BLOCKS_STATEMENT_ET_NOT = /(?<![\p{L}])ei (?:blokeeri|ole (?:\p{L}+ )?blokeerija)(?![\p{L}])/iu;
const BLOCKS_STATEMENT_ET = new RegExp(String.raw`(?<![\p{L}])(?:blokeeri(?:b|vad) (?:[\p{L}\d.]+ ){0,3}?${ET_SHIP_STEP}|(?:tuleb|peab|peavad|tuleks) (?:olema )?(?:[\p{L}\d.-]+ ){0,2}?enne (?:[\p{L}\d.]+ ){0,3}?${ET_SHIP_STEP} (?:parandada|parandatud|kõrvaldada|kõrvaldatud|lahendada|lahendatud)|(?:tuleb|peab|peavad|tuleks) (?:olema )?(?:parandada|parandatud|kõrvaldada|kõrvaldatud|lahendada|lahendatud) enne (?:[\p{L}\d.]+ ){0,3}?${ET_SHIP_STEP})(?![\p{L}])`, 'iu');
const BLOCKS_STATEMENT_RE14 = /(?:^|[^\p{L}])не блоку(?:є|ють) (?:реліз|запуск|випуск|розгортання|впровадження)/iu;
const BLOCKS_STATEMENT_RE15 = /(?:^|[^\p{L}])(?:(?:мають|має|повинні|повинна|повинен|повинно) бути (?:закрит|виправлен|усунут)\p{L}*|(?:треба|потрібно|необхідно|слід) (?:закрити|виправити|усунути)) (?:до|перед) (?:запуск|реліз|випуск|розгортанн|впровадженн)\p{L}*|(?:^|[^\p{L}])блоку(?:є|ють) (?:реліз|запуск|випуск|розгортання|впровадження)/iu;
const BLOCKS_STATEMENT_RE16 = /(?:^|[^\p{L}])(?:не блокиру\p{L}* (?:релиз|выкатк|запуск|выпуск|развёртыван|развертыван|деплой)|(?:релиз|выкатк|запуск|выпуск|деплой)\p{L}* не блокиру)/iu;
const BLOCKS_STATEMENT_RE17 = /(?:^|[^\p{L}])(?:(?:должн\p{L}*|обязан\p{L}*|нужно|надо|необходимо|следует) (?:быть )?(?:исправ|устран|закры)\p{L}* (?:до|перед) (?:релиз|выкатк|запуск|выпуск|развёртыван|развертыван|деплоем|деплоя)\p{L}*|(?:выкатывать|релизить|выпускать|деплоить|запускать) нельзя)/iu;
const BLOCKS_STATEMENT_RE18 = /(?:^|[^\p{L}])не блокира(?:т)? (?:пускане|издаване|внедряване|релийз|продукция)/iu;
const BLOCKS_STATEMENT_RE19 = /(?:^|[^\p{L}])(?:блокира(?:т)? (?:пускане|издаване|внедряване|релийз)\p{L}*|трябва да (?:бъд(?:е|ат) )?(?:отстран|поправ|затвор|коригира)\p{L}* преди (?:пускане|издаване|внедряване|релийз)\p{L}*)/iu;
// (the thing released may come between the verb and the release: "Estää version 4.2 tuotantoon viennin", it prevents
// taking version 4.2 to production)
const BLOCKS_STATEMENT_RE20 = /(?:^|[^\p{L}])est(?:ää|ävät) (?:[\p{L}\d.,-]+ ){0,3}?(?:käyttöönoton|julkaisun|tuotantoon\p{L}*)/iu;
// Convention: Finnish denies the verb with its negative auxiliary, "Ei estä julkaisua." (it does not prevent the
// release), "eivät estä käyttöönottoa": the object then in the partitive
const BLOCKS_STATEMENT_FI_NOT = /(?:^|[^\p{L}])(?:ei|eivät) estä (?:[\p{L}\d.,-]+ ){0,3}?(?:käyttöön\p{L}*|julkaisu\p{L}*|tuotantoon\p{L}*)/iu;
const BLOCKS_STATEMENT_RE22 = /(?:^|[^\p{L}])non (?:pubblicare|rilasciare|mettere in produzione|distribuire)(?![\p{L}])(?:[^.]|\.(?=\d)){0,100}?finch[ée](?![\p{L}])/iu;
const BLOCKS_STATEMENT_RE26 = /(?:^|[^\p{L}])nicht (?:[\p{L}\d.]+ ){0,8}?(?:veröffentlicht|freigegeben|ausgeliefert|ausgerollt|produktiv gesetzt|released|deployed) werden,? (?:solange|bis)(?![\p{L}])/iu;
const BLOCKS_STATEMENT_RE27 = /(?:^|[^\p{L}])no (?:aprobar|autorizar|publicar|desplegar|liberar|lanzar|pasar a producción)(?![\p{L}])(?:[^.]|\.(?=\d)){0,100}?(?:salvo que|hasta que|a menos que)(?![\p{L}])/iu;
/**
 * Convention: an Italian pentest's or review's remediation note that the finding is to be fixed before the release
 * ("**Da correggere prima del rilascio in produzione.**", "Deve essere risolta prima del go-live", "Blocca il
 * rilascio"): it holds the release, as "must be fixed before release" does
 */
const BLOCKS_STATEMENT_IT = /(?:^|[^\p{L}])(?:(?:(?:da|va|vanno|deve|devono|dovrà|dovranno)\s+(?:essere\s+)?(?:corrett|risolt|sanat|chius|mitigat)\p{L}*|da\s+(?:correggere|risolvere|sanare|chiudere))\s+(?:\p{L}+\s+)?prima\s+(?:del(?:la)?\s+|dell['’]\s*|di\s+)(?:rilascio|go-live|messa in produzione|pubblicazione|andare in produzione|rilasciare|pubblicare)|blocc(?:a|ano)\s+(?:il\s+|la\s+)?(?:rilascio|go-live|messa in produzione|pubblicazione)|vincolant[ei]\s+per\s+(?:il\s+|la\s+)?(?:rilascio|collaudo|go-live|messa in produzione|pubblicazione))(?![\p{L}])/iu;
const BLOCKS_STATEMENT_FR_NOT = /(?<![\p{L}])(?:non[- ]bloquant\p{L}*|ne bloquen?t? pas)(?![\p{L}])/iu;
const BLOCKS_STATEMENT_FR = /(?<![\p{L}])bloquant(?:e|s|es)? (?:pour|avant) (?:la |le |l'|l’)?(?:MEP|mise en production|mise en service|livraison|publication|déploiement|go-live|sortie|recette)(?![\p{L}])/iu;
const BLOCKS_STATEMENT_RE28 = /(?:^|[^\p{L}])no bloque(?:a|an) (?:la |el )?(?:(?:próximo|siguiente) )?(?:salida(?:\s+a\s+producción|\s*[.,;:()]|\s+y\s|\s*$)|lanzamiento|despliegue|publicación|paso a producción|pase a producción|puesta en producción|go-live)/iu;
// Convention: a Spanish audit or posture review says of a finding that it holds the go-live, "**Es bloqueante para el
// go-live del 28/03.**", "son bloqueantes para la salida a producción", or that it must be closed before it, "**Debe
// cerrarse antes del go-live**", "deben corregirse antes de la puesta en producción"; and denies it, "no es bloqueante
// para el lanzamiento" ("No bloquea el go-live" is BLOCKS_STATEMENT_RE28's)
const ES_SHIP_STEP = String.raw`(?:go-?live|lanzamiento|despliegue|publicación|pase a producción|paso a producción|puesta en (?:producción|marcha)|salida a producción|liberación)(?![\p{L}])`;
const BLOCKS_STATEMENT_ES_NOT = new RegExp(String.raw`(?<![\p{L}])no (?:es|son|será|serán) (?:un |una )?(?:bloqueantes?|impedimentos?|requisitos?|condici(?:ón|ones)|prerrequisitos?)(?: previ[oa]s?| indispensables?| obligatori[oa]s?)? (?:para|de) (?:el |la )?${ES_SHIP_STEP}`, 'iu');
// (Convention: or that its closure is a condition of the go-live, "Es requisito para la salida a producción", "son
// condición previa para el lanzamiento", as English "a prerequisite for go-live")
const BLOCKS_STATEMENT_ES = new RegExp(String.raw`(?<![\p{L}])(?<!no )(?:es|son|será|serán) (?:un |una )?(?:bloqueantes?|impedimentos?|requisitos?|condici(?:ón|ones)|prerrequisitos?)(?: previ[oa]s?| indispensables?| obligatori[oa]s?)? (?:para|de) (?:el |la )?${ES_SHIP_STEP}|(?<![\p{L}])(?<!no )(?:debe|deben|deberá|deberán|tiene que|tienen que|ha de|han de|hay que) (?:ser )?(?:cerrar|corregir|resolver|remediar|mitigar|solucionar|subsanar|cerrad|corregid|resuelt|remediad|mitigad|solucionad|subsanad)\p{L}* (?:[\p{L}\d.-]+ ){0,2}?antes (?:del|de la|de) ${ES_SHIP_STEP}`, 'iu');
const BLOCKS_STATEMENT_RE29 = /(?:^|[^\p{L}])blockier(?:t|en) (?:(?:dieser|diese|dieses|er|sie|es)(?:\s+[\p{L}-]+)?\s+)?(?:das |den |die )?(?:release|deployment|go-?live|veröffentlichung|merge|freigabe)\s+nicht(?![\p{L}])/iu;
const BLOCKS_STATEMENT_RE30 = /(?:^|[^\p{L}])(?:bloque(?:a|an|n|nt)? (?:la |le |l'|el )?(?:(?:próximo|siguiente|prochaine?) )?(?:publication|mise en production|livraison|déploiement|release|lanzamiento|despliegue|publicación|paso a producción|pase a producción|puesta en producción|go-live|salida(?:\s+a\s+producción|\s*[.,;:()]|\s+y\s|\s*$))|blockier(?:t|en) (?:(?:dieser|diese|dieses|er|sie|es)(?:\s+[\p{L}-]+)?\s+)?(?:das |den |die )?(?:release|deployment|go-?live|veröffentlichung|merge|freigabe)(?!\s+nicht(?![\p{L}])))/iu;
// (Filipino: "Ang CEB-01 at CEB-04 ay hadlang sa go-live", they are obstacles to the go-live; "hindi hadlang", not one)
const BLOCKS_STATEMENT_TL_NOT = /(?<![\p{L}])hindi (?:(?:pa|na|ito|sila) )?hadlang(?![\p{L}])/iu;
const BLOCKS_STATEMENT_TL = /(?<![\p{L}])(?:mga )?hadlang sa (?:(?:ang |pag-?)?(?:go-?live|paglulunsad|paglabas|release|deployment|launch|rollout|pag-deploy))(?![\p{L}])/iu;
// (Swahili: "U-01, U-02 na U-03 yanazuia uzinduzi", they prevent the launch, "inazuia uzinduzi" it does; "Matokeo mengine
// hayazuii uzinduzi", the other findings do not: the verb -zuia with its class prefix, negated ha-…-zuii or ha-…-ta-zuia)
const BLOCKS_STATEMENT_SW_NOT = /(?<![\p{L}])ha(?:i|ya|li|vi|zi|ki|u|wa)?(?:zuii|tazuia) (?:(?:[\p{L}\d.-]+ ){0,2}?)(?:uzinduzi|utoaji|usambazaji|kuzinduliwa|kutolewa)(?![\p{L}])/iu;
const BLOCKS_STATEMENT_SW = /(?<![\p{L}])(?:i|ya|li|vi|zi|ki|u|a|wa)(?:na|ta|me)zuia (?:(?:[\p{L}\d.-]+ ){0,2}?)(?:uzinduzi|utoaji|usambazaji|kuzinduliwa|kutolewa)(?![\p{L}])/iu;
// (German: "R1 und R2 müssen vor dem Merge behoben sein", "muss vor dem Release gefixt werden": must be fixed before
// the merge or the release; "sollte" (should) is a wish, not a gate)
// (Convention: a German pentest or product review makes a feature's switch-on wait on the fix, "Muss vor
// Freischaltung der Freigabe-Workflows behoben sein.", "muss vor der Aktivierung des Moduls behoben werden": the
// feature's go-live is the release step; the step's object in the genitive, the article left out as in a heading)
const BLOCKS_STATEMENT_DE_BEFORE = /(?<![\p{L}])(?:muss|müssen)\s+(?:unbedingt\s+|zwingend\s+)?vor\s+(?:(?:dem|der|einem|einer)\s+)?(?:nächsten\s+)?(?:Merge|Release|Go-?Live|Deployment|Rollout|Freigabe|Produktivsetzung|Livegang|Veröffentlichung|Freischaltung|Aktivierung|Inbetriebnahme|Produktivnahme)(?:\s+(?:der|des|dem|von)\s+(?:[\p{L}\d.-]+\s+){0,2}?[\p{L}\d.-]+)?\s+(?:behoben|gefixt|korrigiert|geschlossen|erledigt|beseitigt)(?:\s+(?:sein|werden))?(?![\p{L}])/iu;
// Convention: a German pentest or acceptance report says of a finding that it is to be fixed before the device or
// system is put into service ("Vor der Inbetriebnahme zwingend zu beheben.", "Behebung ist vor der Inbetriebnahme
// zwingend erforderlich.", "vor der Produktivnahme zu schließen"): the commissioning is the release, as "vor dem
// Go-Live" is; and denies it in the same words ("stellt kein Hindernis für die Freigabe dar", no obstacle to it)
const DE_SHIP_STEP = String.raw`(?:Inbetriebnahme|Produktivnahme|Produktivsetzung|Go-?Live|Livegang|Freigabe|Abnahme|Auslieferung|Release|Rollout)`;
const BLOCKS_STATEMENT_DE_SERVICE = new RegExp(String.raw`(?<![\p{L}])(?:vor\s+(?:der|dem)\s+${DE_SHIP_STEP}\s+(?:zwingend\s+|unbedingt\s+)?zu\s+(?:beheben|schließen|korrigieren|beseitigen)|(?:Behebung|Korrektur|Beseitigung)\s+(?:ist\s+)?vor\s+(?:der|dem)\s+${DE_SHIP_STEP}\s+(?:zwingend\s+|unbedingt\s+)?(?:erforderlich|notwendig|nötig|vorgeschrieben))(?![\p{L}])`, 'iu');
const BLOCKS_STATEMENT_DE_NO_OBSTACLE = new RegExp(String.raw`(?<![\p{L}])kein(?:e|en)?\s+(?:Hindernis|Hinderungsgrund)\s+f(?:ü|ue)r\s+(?:die|den|das)\s+${DE_SHIP_STEP}(?![\p{L}])`, 'iu');
// Convention: a German audit makes the commissioning of a system wait on a finding's fix, "Die Anbindung darf erst
// nach Behebung dieser Feststellung in Betrieb genommen werden.", "Erst nach Beseitigung … darf das System
// freigegeben werden", "Die Inbetriebnahme darf erst nach Behebung erfolgen": only after the fix may it go live
const DE_SHIP_PARTICIPLE = String.raw`(?:in\s+Betrieb\s+genommen|freigegeben|produktiv\s+(?:gesetzt|genommen)|ausgerollt|veröffentlicht|ausgeliefert|live\s+geschaltet|in\s+(?:die\s+)?Produktion\s+(?:genommen|überführt|übernommen))`;
const DE_FIX_NOUN = String.raw`(?:der\s+|dem\s+)?(?:vollständige[nr]\s+)?(?:Behebung|Beseitigung|Korrektur|Schließung)`;
const BLOCKS_STATEMENT_DE_ONLY_AFTER = new RegExp(String.raw`(?<![\p{L}])(?:erst\s+nach\s+${DE_FIX_NOUN}(?:[^.;]|\.(?=\d)){0,120}?${DE_SHIP_PARTICIPLE}\s+werden|${DE_SHIP_STEP}\s+(?:darf|kann|soll|wird)\s+(?:[\p{L}\d.-]+\s+){0,3}?erst\s+nach\s+${DE_FIX_NOUN})(?![\p{L}])`, 'iu');
// Convention: a German audit says whether a finding stands in the way of the commissioning, "Diese Abweichung steht
// der Inbetriebnahme der neuen Leitwarte nicht entgegen" (it does not), "steht der Freigabe entgegen" (it does), and
// makes the step wait on the fix with "erst … wenn", "Die Inbetriebnahme der neuen Leitwarte darf erst erfolgen, wenn
// diese Abweichung behoben ist.": the commissioning is the release, as in BLOCKS_STATEMENT_DE_SERVICE
const DE_STEP_OBJECT = String.raw`(?:der|dem)\s+${DE_SHIP_STEP}(?:\s+(?:der|des|dem|von)\s+(?:[\p{L}\d.-]+\s+){0,2}?[\p{L}\d.-]+)?`;
const BLOCKS_STATEMENT_DE_IN_THE_WAY = new RegExp(String.raw`(?<![\p{L}])(?:(?:steht|stehen)\s+(?:[\p{L}\d.-]+\s+){0,3}?${DE_STEP_OBJECT}\s+(nicht\s+|keinesfalls\s+)?entgegen|${DE_STEP_OBJECT}\s+(?:steht|stehen)\s+(?:[\p{L}\d.-]+\s+){0,6}?(nicht\s+|keinesfalls\s+)?entgegen)(?![\p{L}])`, 'iu');
const BLOCKS_STATEMENT_DE_ONLY_WHEN = new RegExp(String.raw`(?<![\p{L}])${DE_SHIP_STEP}(?:\s+(?:der|des|dem|von)\s+(?:[\p{L}\d.-]+\s+){0,2}?[\p{L}\d.-]+)?\s+(?:darf|kann|soll|wird)\s+erst\s+(?:dann\s+)?(?:erfolgen|stattfinden|beginnen|vorgenommen\s+werden),?\s+(?:wenn|nachdem|sobald)\s+(?:[^.;]|\.(?=\d)){0,80}?(?:behoben|beseitigt|geschlossen|korrigiert|umgesetzt|abgestellt)(?![\p{L}])`, 'iu');
const BLOCKS_STATEMENT_RE21 = /(?<![\p{L}])(?:kein(?:e|en)? (?:(?:release|go-live|merge|deployment|launch|rollout|store-release)-)?blocker|nicht (?:(?:release|go-live|merge|deployment|launch)-)?blockierend)(?![\p{L}])/iu;
// (Bengali: "**রিলিজ ব্লকার।**" a release blocker, "প্রোডাকশন ব্লকার"; "রিলিজ ব্লকার নয়" not one, "রিলিজ আটকায় না" it does
// not hold the release; the English word written in Bengali letters)
const BN_STEP = '(?:রিলিজ|লঞ্চ|ডিপ্লয়মেন্ট|ডিপ্লয়|প্রোডাকশন|গো-লাইভ)';
const BLOCKS_STATEMENT_BN_NOT = new RegExp(`${BN_STEP}[-\\s]?ব্লকার\\s+(?:নয়|না)(?![\\p{L}\\p{M}])|(?:ব্লক\\s+করে|আটকায়)\\s+না(?![\\p{L}\\p{M}])`, 'u');
const BLOCKS_STATEMENT_BN = new RegExp(`${BN_STEP}[-\\s]?ব্লকার(?![\\p{L}\\p{M}])|${BN_STEP}[\\p{L}\\p{M}]*\\s+(?:ব্লক\\s+করে|আটকে\\s+দেয়|আটকায়)(?![\\p{L}\\p{M}])`, 'u');
// Convention: a Basque (euskara) report says of a finding that it is to be fixed before the go-live, the step first
// and the postposition after it, "Ekoizpenera igo aurretik zuzendu behar da." (must be fixed before going up to
// production), "argitaratu aurretik konpondu behar dira", "argitalpena blokeatzen du" (it blocks the release); and
// denies it, "ez du argitalpena blokeatzen", "ez da blokeatzailea"
const EU_SHIP_STEP = String.raw`(?:(?:ekoizpenera|produkziora) (?:igo|pasa|eraman|atera)|(?:ekoizpenean|produkzioan|martxan) jarri|argitaratu|hedatu|zabaldu|abiarazi|(?:argitalpen|hedapen|abiarazte|ekoizpenera igotze)(?:aren)?)`;
const EU_FIX_VERB = String.raw`(?:zuzendu|konpondu|ebatzi|itxi|konpontzea|zuzentzea)`;
const BLOCKS_STATEMENT_EU_NOT = /(?<![\p{L}])(?:ez (?:du|dute) (?:[\p{L}]+ ){0,2}?blokeatzen|ez (?:da|dira) blokeatzaile\p{L}*)(?![\p{L}])/iu;
const BLOCKS_STATEMENT_EU = new RegExp(String.raw`(?<![\p{L}])(?:${EU_SHIP_STEP} aurretik (?:[\p{L}]+ ){0,2}?${EU_FIX_VERB} (?:behar|beharko) (?:da|dira|du|dute|litzateke)|${EU_FIX_VERB} (?:behar|beharko) (?:da|dira) ${EU_SHIP_STEP} aurretik|(?:${EU_SHIP_STEP}|argitalpena|hedapena) blokeatzen (?:du|dute))(?![\p{L}])`, 'iu');
// Convention: a Welsh (Cymraeg) report says of a finding that it must be fixed before the launch, "Rhaid trwsio cyn
// lansio." (must fix before launching), "rhaid eu trwsio cyn y lansiad", "rhaid ei drwsio cyn mynd yn fyw" (before
// going live), or that it holds the launch, "yn atal y lansiad"; and denies it, "nid yw'n atal y lansiad", "nid oes
// rhaid ei drwsio cyn lansio"
// (Convention: or that the release decision is untouched by it, said with the noun, "リリース判定への影響はありません"
// (there is no effect on the release decision), "影響なし"; or that it is left out of the decision's conditions,
// "本件は本番リリースの判定条件には含めません" (not counted among the release's go/no-go conditions), "判定対象外")
const BLOCKS_STATEMENT_JA_NOT = /(?:公開|リリース|出荷|本番反映|稼働)(?:の)?(?:可否|判定|判断)(?:の?(?:条件|基準|対象))?(?:に|には|へ|へは|への|から|からは)(?:一切|特に)?(?:影響し(?:ません|ない)|影響(?:は|が)?(?:ありません|ない|なし)|含め(?:ません|ない|ず))|(?:公開|リリース|出荷|本番反映|稼働)(?:の)?(?:可否|判定|判断)(?:条件|基準)?(?:の)?対象外/u;
// Convention: a Korean assessment says of a finding that it does not bear on the launch or the deployment, "오픈
// 일정에는 영향 없음" (no effect on the opening schedule), "배포에 지장 없음", "출시 차단 대상 아님": it does not hold it
const BLOCKS_STATEMENT_KO_NOT = /(?<![\p{L}])(?:오픈|배포|출시|릴리스|릴리즈|운영 반영|서비스 개시)(?:\s?(?:일정|승인|여부))?(?:에는|에도|에|과는|와는)?\s?(?:영향(?:이|을|은)?\s?(?:없|주지 않|미치지 않)|지장(?:이|은)?\s?없|차단\s?(?:대상|사유)(?:이|가|은|는)?\s?아니|차단\s?(?:대상|사유)\s?아님)/u;
// (and that it must be fixed before it, "출시 전 반드시 조치", "오픈 전 필수", or that it holds it, "배포 불가", "오픈 차단")
const BLOCKS_STATEMENT_KO = /(?<![\p{L}])(?:오픈|배포|출시|릴리스|릴리즈|운영 반영|서비스 개시)(?: 전\s?(?:필수|반드시)|(?:를|을)?\s?(?:불가|차단)(?!\s?(?:대상|사유)(?:이|가|은|는)?\s?아))/u;
const CY_SHIP_STEP = String.raw`(?:(?:y )?lansi(?:o|ad)|(?:y )?rhyddhau|(?:y )?rhyddhad|mynd yn fyw|mynd i['’]r byw|cyhoeddi)`;
const BLOCKS_STATEMENT_CY_NOT = new RegExp(String.raw`(?<![\p{L}])(?:nid (?:yw|ydynt|ydy)['’]?(?:n| yn) atal ${CY_SHIP_STEP}|nid oes (?:rhaid|angen) (?:(?:ei|eu) )?(?:trwsio|drwsio|datrys|ddatrys) cyn ${CY_SHIP_STEP})(?![\p{L}])`, 'iu');
const BLOCKS_STATEMENT_CY = new RegExp(String.raw`(?<![\p{L}])(?:rhaid (?:(?:ei|eu) )?(?:trwsio|drwsio|datrys|ddatrys|cywiro|gywiro) (?:[\p{L}]+ ){0,2}?cyn ${CY_SHIP_STEP}|(?:yn )?atal ${CY_SHIP_STEP})(?![\p{L}])`, 'iu');
// Convention: a Romanian report says of a finding that it must be closed before the launch, "Trebuie închisă înainte
// de lansarea modulului" (must be closed before the module's launch), "trebuie remediată înainte de punerea în
// producție", or that it holds it, "blochează lansarea"; and denies it, "nu blochează lansarea", "nu este blocantă"
const RO_SHIP_STEP = String.raw`(?:lansar(?:e|ea)|punerea [îi]n (?:produc[țţt]ie|func[țţt]iune)|intrarea [îi]n produc[țţt]ie|trecerea [îi]n produc[țţt]ie|go-live|release(?:-ul)?|livrar(?:e|ea)|publicar(?:e|ea))`;
const RO_FIX_VERB = String.raw`(?:[îi]nchis|remediat|rezolvat|corectat|eliminat)(?:[ăa]|e|i)?`;
const BLOCKS_STATEMENT_RO_NOT = new RegExp(String.raw`(?<![\p{L}])nu (?:blocheaz[ăa] ${RO_SHIP_STEP}|este blocant[ăa]?|sunt blocante|trebuie (?:s[ăa] fie )?${RO_FIX_VERB} (?:[\p{L}]+ ){0,2}?[îi]nainte de ${RO_SHIP_STEP})(?![\p{L}])`, 'iu');
const BLOCKS_STATEMENT_RO = new RegExp(String.raw`(?<![\p{L}])(?:(?:trebuie|s[ăa]) (?:s[ăa] )?(?:fie )?${RO_FIX_VERB} (?:[\p{L}]+ ){0,2}?[îi]nainte de ${RO_SHIP_STEP}|blocheaz[ăa] ${RO_SHIP_STEP})(?![\p{L}])`, 'iu');
/** "Block the release until …", "non-blocking": what a finding's own text says about deploying. */
const BLOCKS_STATEMENT_TR_NOT = /(?:sürüm|yayın|release|dağıtım|canlıya geçiş)\s+engeli\s+değil|(?:sürümü|yayını|dağıtımı|birleştirmeyi|canlıya geçişi)\s+engelle(?:mez|miyor|memektedir)(?![\p{L}])/iu;
const BLOCKS_STATEMENT_TR = /(?:sürüm|yayın|release|dağıtım|canlıya geçiş)\s+engeli(?:dir)?(?![\p{L}])(?!\s*(?:[:：]|\*|değil))|(?:sürümü|yayını|dağıtımı|birleştirmeyi|canlıya geçişi)\s+engell(?:er|iyor|emektedir)(?![\p{L}])/iu;
// (Convention: a Turkish audit's recommendation that the finding be closed before the release, the step as a verbal
// noun in the ablative, "v3.0'ın yayına alınmasından önce bu bulgu mutlaka kapatılmalıdır" (must be closed before
// v3.0 goes live), "canlıya geçişten önce giderilmelidir": a gate on the release)
const BLOCKS_STATEMENT_TR_BEFORE = /(?<![\p{L}])(?:(?:yayına|canlıya|kullanıma|üretime) (?:alınmasından|alınmadan|almadan|geçişten|geçilmeden|çıkılmadan|çıkıştan)|yayınlanmasından|yayımlanmasından|dağıtılmasından|dağıtımdan|yayından|sürümden|birleştirilmesinden|birleştirmeden|yayınlamadan|canlıya geçişten|lansmandan) önce (?:[\p{L}\d.-]+ ){0,4}?(?:kapatılmalı|giderilmeli|düzeltilmeli|çözülmeli|çözümlenmeli|tamamlanmalı|ele alınmalı)/iu;
// (Convention: an independent safety assessor's or a certifier's conditions on the step it is asked to take, "ISA-F-06
// and ISA-F-09 are not conditions for this endorsement", "a condition of certification": the step is its endorsement,
// acceptance or certificate, named with "this" as often as with "the")
const CONDITION_STEP = String.raw`(?:go[- ]live|release|launch|deploy(?:ment)?|rollout|cut-?over|production|approval|sign-?off|endorsement|acceptance|certification|authori[sz]ation|hand-?over|commissioning)`;
// (Convention: "Not a prerequisite for the DH3 handover itself", "not a go-live prerequisite": a facility or
// project assessor's word for a condition, the step it is no condition of maybe named by what it hands over)
const STEP_CONDITION_NOT = new RegExp(String.raw`\bnot (?:a |an |one of the )?(?:${CONDITION_STEP} (?:(?:pre)?conditions?|prerequisites?)|(?:(?:pre)?conditions?|prerequisites?) (?:of|for) (?:the |this )?(?:[\w-]+ ){0,2}?${CONDITION_STEP})\b`, 'i');
// (Convention: the same condition named a prerequisite, "Changing them is a prerequisite for the handover", "is a
// go-live prerequisite", "a prerequisite for the DH3 handover": the finding holds the step, as its denial above
// says it does not)
const STEP_CONDITION = new RegExp(String.raw`\b(?:is|are) (?:a |an |one of the )?(?:${CONDITION_STEP} (?:(?:pre)?conditions?|prerequisites?)|(?:(?:pre)?conditions?|prerequisites?) (?:of|for) (?:the |this )?(?:[\w-]+ ){0,2}?${CONDITION_STEP})\b`, 'i');
const BLOCKS_SCHEDULED_RUN = /\bblocks (?:the )?(?:nightly|daily|hourly|weekly|scheduled|overnight) (?:[\w-]+ )?(?:run|job|load|batch|pipeline|refresh|sync)\b/i;
// Convention: a Portuguese audit's verdict on a finding, "Bloqueia a migração para o novo ERP", "impede a entrada em
// produção", "deve ser corrigida antes do lançamento", or its summary's hold on the step until named findings are
// fixed, "A migração para a cloud não deve avançar enquanto a C-07 não estiver resolvida"; denied, "Não bloqueia o
// lançamento" (blocksStatement)
const PT_SHIP_STEP = String.raw`(?:migração|migracao|lançamento|lancamento|entrada em produção|passagem (?:a|para) produção|subida (?:a|para) produção|implementação|implantação|publicação|disponibilização|go-live|arranque)(?![\p{L}])`;
const BLOCKS_STATEMENT_PT_NOT = new RegExp(String.raw`(?<![\p{L}])não (?:bloqueia|bloqueiam|impede|impedem) (?:[ao]s? )?(?:[\p{L}\d.-]+ ){0,3}?${PT_SHIP_STEP}|(?<![\p{L}])não (?:é|são) (?:um |uma )?(?:bloqueante|bloqueantes|impeditiv[ao]s?)(?![\p{L}])`, 'iu');
const BLOCKS_STATEMENT_PT = new RegExp(String.raw`(?<![\p{L}])(?<!não )(?:bloqueia|bloqueiam|impede|impedem) (?:[ao]s? )?(?:[\p{L}\d.-]+ ){0,2}?${PT_SHIP_STEP}|(?<![\p{L}])(?:deve|devem|tem de|têm de|tem que|têm que|precisa|precisam) (?:de )?(?:ser )?(?:corrigid|resolvid|fechad|mitigad|eliminad|sanad)\p{L}* antes d[oa]s? (?:[\p{L}\d.-]+ ){0,2}?${PT_SHIP_STEP}`, 'iu');
const BLOCKS_STATEMENT_PT_UNTIL = new RegExp(String.raw`${PT_SHIP_STEP}(?:[^.;]|\.(?=\d)){0,100}?(?<![\p{L}])não (?:deve|devem|deverá|deverão|pode|podem|poderá|poderão) (?:avançar|prosseguir|ocorrer|arrancar|ser (?:feit|realizad|concluíd|iniciad)\p{L}*)(?:[^.;]|\.(?=\d)){0,40}?(?<![\p{L}])(?:enquanto|até que|antes de)(?![\p{L}])|(?<![\p{L}])não (?:avançar|prosseguir) com (?:[ao]s? )?(?:[\p{L}\d.-]+ ){0,2}?${PT_SHIP_STEP}(?:[^.;]|\.(?=\d)){0,100}?(?<![\p{L}])(?:enquanto|até que|antes de)(?![\p{L}])`, 'iu');
const NOT_BLOCKING_ES = /(?<![\p{L}])no (?:bloquea|bloquean|es bloqueante|son bloqueantes)(?: por s[íi] (?:sol[oa]s?|mism[oa]s?))?(?=\s*[.;,:)(]|\s*$)|(?<![\p{L}])no bloqueantes?(?![\p{L}])/iu;
const BLOCKER_FOR_STEP = /\bblocker for (?:the |this |our )?(?:v?\d[\w.-]*\s+)?(?:[\w-]+\s+){0,3}?(?:release|launch|rollout|roll-out|deploy(?:ment)?|go[- ]live|cut-?over|GA)\b/i;
const SOFT_WRAP_RE = /(?<=[\p{L},])[ \t]*\n[ \t]*(?=\p{L})/gu;
/** emphasis marks (blocksStatement): "**", "__", a "*" or "_" beside a space */
const EMPHASIS_MARKS = /\*\*|__|(?<=\s)[*_]|[*_](?=\s)/g;
/** "must not be returned to service until", "not to be put back into use until", "must remain out of service until" (blocksStatement) */
// (and a statutory examination's legend, "Must not be used until rectified and re-examined")
// (Convention: a new installation's hand-over held on its verification, as hospital engineering (HTM), lift and
// fire-system commissioning reports write it, "must not be taken into clinical use until the certificate is issued")
// (Convention: the same hold written with the infinitive after its negation, "Not to be returned to use until
// repaired", as inspection schedules' action cells write it)
// (Convention: a closed item of a public site (a playground, a sports hall, a pool) held shut until its repair is
// checked, "Close immediately … Do not reopen until the replacement has been checked by a competent person")
// (Convention: a laboratory's new examination method held on its verification, as accreditation assessments write it,
// "the assay must not be introduced into clinical service … until NC-04 has been cleared": the go-live it gates)
const RETURN_TO_SERVICE_HELD = /\b(?:do|must|shall|should)\s*(?:not|n't)\s+re-?open\b(?:[^.]|\.(?=\d)){0,60}?\buntil\b|\b(?:(?:must|shall|should|can|may|is|are|to)\s*(?:not|n't)|cannot|not\s+to)\s+be\s+(?:returned|put|brought|placed|restored|re-?instated|released|taken|introduced)\s+(?:back\s+)?(?:in)?to\s+(?:(?:clinical|live|patient|normal|general|full)\s+)?(?:service|use|operation)\b(?:[^.]|\.(?=\d)){0,60}?\b(?:until|before|unless)\b|\b(?:must|shall|is to|are to)\s+(?:remain|stay)\s+(?:isolated|out of (?:service|use|operation))\s+(?:until|unless)\b|\b(?:must|shall|is to|are to)\s*(?:not|n't)\s+be\s+(?:used|operated)\s+(?:until|unless|before)\s+(?:it\s+is\s+|it\s+has\s+been\s+)?(?:rectified|repaired|remedied|re-?examined|re-?tested)\b/i;
/** "πρέπει να διορθωθεί πριν από την παραγωγική λειτουργία": must be fixed before production (blocksStatement) */
const BLOCKS_STATEMENT_EL = new RegExp(
  greekLoose(String.raw`(?<![\p{L}])(?<!δεν )(?:πρεπει|χρειαζεται|οφειλουν|οφειλει) να (?:διορθω|επιλυ|αντιμετωπιστ|κλεισ|αποκατασταθ)\p{L}*(?: \p{L}+){0,3}? πριν (?:απο )?(?:την |τη |το |τον |τις |τα )?(?:παραγωγ|κυκλοφορ|αναπτυξ|εκδοσ|δημοσιευσ|εναρξη|ενεργοποιησ|go-live|release)`),
  'iu',
);
/**
 * Whether the lower-cased text holds one of the stems (blocksStatement; a function of the module, not a closure
 * made on every call; named apart from a closure's `has(...stems)`, so a call without the text fails to compile)
 */
// (no rest parameter nor closure: called some ninety times per statement, each a `some` over a new array)
function hasStem(lc: string, a: string, b?: string, c?: string, d?: string, e?: string): boolean {
  return lc.includes(a) || (b !== undefined && lc.includes(b)) || (c !== undefined && lc.includes(c)) || (d !== undefined && lc.includes(d)) || (e !== undefined && lc.includes(e));
}
/** "freigaberelevant", "Go-Live-relevant" as a flag, not a field's name before its colon (blocksStatement) */
// (a table's cell holding the word alone is a column's name, "| Freigaberelevant |")
const DE_RELEVANT_WORD = String.raw`(?<![\p{L}-])(?<!\|\s*)(?:freigabe|abnahme|go-?live|release|inbetriebnahme)-?relevant(?:e[rsnm]?)?(?![\p{L}-])(?!\s*(?:\*\*|__)?\s*[:?])`;
const DE_RELEVANT_FLAG = new RegExp(DE_RELEVANT_WORD, 'iu');
const DE_RELEVANT_FLAG_NOT = new RegExp(String.raw`(?<![\p{L}])(?:nicht|kein(?:e[rsnm]?)?)\s+${DE_RELEVANT_WORD}`, 'iu');
export function blocksStatement(text: string): boolean | null {
  // emphasis removed: "it does **not** block launch"
  // Convention: prose hard-wrapped at a fixed width, as reports written in an editor are, breaks a sentence
  // wherever the line fills ("this gap does **not**\nblock the cut-over"): a line break between two words of a
  // paragraph is a space (a blank line, a list item or a table row still ends the sentence)
  // (each replace only where its pattern can match: emphasis needs a "*" or "_", a soft wrap a line break)
  let t = text.slice(0, 3000);
  if (t.includes('*') || t.includes('_')) t = t.replace(EMPHASIS_MARKS, '');
  if (t.includes('\n')) t = t.replace(SOFT_WRAP_RE, ' ');
  // each language's patterns run only when their stem is in the text: a pattern that opens with
  // "(?:^|[^\p{L}])" is tried at every position, and most texts hold none of these words
  // (English ones too, each behind a word every branch of it holds: under the i flag without u a letter matches only
  // its ASCII cases, so the lower-cased text holds the word wherever the pattern matches)
  const lc = t.toLowerCase();
  // ("Neither blocks the release.": of two findings, neither does)
  // ("Not beta blockers: CN-5108, CN-5111": the stage of shipping named before the word)
  // (Convention: "Not a go-live blocker — …", "not a production blocker": a vendor or launch review names the step
  // the condition is not set for, as "not a release blocker" does)
  if (hasStem(lc, 'block') && /\b(?:non[- ]blocking|not (?:an? )?(?:(?:release|beta|launch|ga|merge|deploy(?:ment)?|submission|unfreeze|freeze|go[- ]live|production|cut-?over|rollout)[- ])?block(?:ers?|ing)|does not block|doesn't block|need not block|neither (?:of them |one )?blocks)\b/i.test(t)) return false;
  // Convention: Spanish QA notes deny a defect the gate in a clause of its own, "No bloquea por sí solo (el backend
  // rechaza …)", "no es bloqueante.", "defecto no bloqueante": as English "not a blocker on its own" (not "no bloquea
  // el hilo principal", advice in a finding's text: the clause ends, or says "on its own")
  if (hasStem(lc, 'bloque') && NOT_BLOCKING_ES.test(t)) return false;
  // (Portuguese: "Bloqueia a migração …", "deve ser corrigida antes do lançamento", "não deve avançar enquanto …";
  // "Não bloqueia o lançamento"; PT_SHIP_STEP)
  if (hasStem(lc, 'não ') && BLOCKS_STATEMENT_PT_NOT.test(t)) return false;
  if (hasStem(lc, 'bloqueia', 'impede', 'antes d') && BLOCKS_STATEMENT_PT.test(t)) return true;
  if (hasStem(lc, 'enquanto', 'até que', 'antes de') && hasStem(lc, 'não ') && BLOCKS_STATEMENT_PT_UNTIL.test(t)) return true;
  // Convention: an approver's conditions on the go-live, as a DPO's or a risk committee's recommendation sets them
  // ("R-03 and R-04 are not conditions of go-live", "(not a go-live condition)"; "R-01 is a condition of the
  // release"): a condition holds the step it is set for, and a finding said to be none does not
  if (hasStem(lc, 'condition', 'prerequisite') && STEP_CONDITION_NOT.test(t)) return false;
  if (hasStem(lc, 'condition', 'prerequisite') && STEP_CONDITION.test(t)) return true;
  // Convention: a verdict on findings in Filipino or Swahili, the findings named and the step they hold ("… ay hadlang sa
  // go-live", "… yanazuia uzinduzi"), the others denied it ("Ang iba ay hindi hadlang", "Matokeo mengine hayazuii
  // uzinduzi")
  if (hasStem(lc, 'hadlang') && BLOCKS_STATEMENT_TL_NOT.test(t)) return false;
  if (hasStem(lc, 'hadlang') && BLOCKS_STATEMENT_TL.test(t)) return true;
  if (hasStem(lc, 'zui') && BLOCKS_STATEMENT_SW_NOT.test(t)) return false;
  if (hasStem(lc, 'zuia') && BLOCKS_STATEMENT_SW.test(t)) return true;
  // (German: "(🟨 Mittel, kein Release-Blocker)", "**Kein Go-Live-Blocker**, da …", "nicht release-blockierend": the
  // finding named no blocker of the shipping step)
  if (hasStem(lc, 'kein', 'nicht') && BLOCKS_STATEMENT_RE21.test(t)) return false;
  // Convention: a German test report flags a finding by the word alone, "Status: offen – **freigaberelevant**",
  // "(abnahmerelevant)", "nicht freigaberelevant": relevant to the release approval, it must be fixed before the
  // go-live (the word as a field's name, "Freigaberelevant: nein", is the field's, read by its value)
  if (hasStem(lc, 'relevant') && DE_RELEVANT_FLAG_NOT.test(t)) return false;
  if (hasStem(lc, 'relevant') && DE_RELEVANT_FLAG.test(t)) return true;
  // Convention: several findings named at once, "R1, R5 and R8 can land as follow-ups and do not block.", "These do
  // not block the merge": the plural says it of each (not "do not block the main thread", advice in a finding's text)
  if (hasStem(lc, "do not block", "don't block") && /\bdo(?: not|n't) block\b(?=\s*(?:[.;,)]|$)|\s+(?:the |this |our )?(?:merge|release|deploy\w*|launch|ship\w*|go[- ]live|rollout|pr)\b)/i.test(t)) return false;
  // Convention: a release gate's exception granted for the finding ("Release owner has signed an exception for 5.0",
  // "a risk waiver was approved for the launch"): it ships with the finding open, so it does not hold the release
  // (not one to come: "unless the release owner signs an exception")
  // Convention: a threat or risk accepted for the shipping step, "Accepted for GA because the acquirer caps it",
  // "risk accepted for launch": it ships with the finding open, as a waiver's does
  if (hasStem(lc, 'accepted for') && /\baccepted for (?:the )?(?:GA|general availability|launch|release|go[- ]live|production|cut-?over|rollout)\b/i.test(t)) return false;
  if (hasStem(lc, 'exception', 'waiver') && /\b(?:signed|granted|approved|issued)\s+(?:an?\s+|the\s+)?(?:release\s+|risk\s+|security\s+|ship\s+|launch\s+)?(?:exception|waiver)\b|\b(?:exception|waiver)\b[^.]{0,40}?\b(?:has been|have been|was|were)\s+(?:signed|granted|approved|issued)\b/i.test(t)) return false;
  // (and in French, German, Spanish and Czech: "bloque la publication", "blockiert das Release", "Blockiert den
  // Merge." of a merge request's review, but not "blockiert den Merge nicht",
  // "nelze do produkce nasadit" cannot be deployed to production, "blokuje vydání")
  // (Czech, Slovak: "spuštění neblokují" they do not block the launch; "Blokuje spuštění ostrého provozu", "Musí být
  // opraveno před spuštěním ostrého provozu")
  if (hasStem(lc, 'neblokuj') && BLOCKS_STATEMENT_CS_NOT.test(t)) return false;
  if (hasStem(lc, 'nelze', 'blokuje') && BLOCKS_STATEMENT_RE.test(t)) return true;
  if (hasStem(lc, 'blokuj', 'před', 'pred ') && BLOCKS_STATEMENT_CS.test(t)) return true;
  // (Bengali: "রিলিজ ব্লকার নয়" not a release blocker, "রিলিজ ব্লকার" one)
  if (hasStem(lc, 'ব্লক', 'আটক')) {
    if (BLOCKS_STATEMENT_BN_NOT.test(t)) return false;
    if (BLOCKS_STATEMENT_BN.test(t)) return true;
  }
  // (Turkish: "KPM-7 sürüm engeli değil" not a release blocker, "yayını engellemez" it does not hold the release;
  // "sürüm engelidir", "yayını engelliyor" it does; the field "Sürüm engeli: Hayır" is read as a field)
  if (hasStem(lc, 'engel')) {
    if (BLOCKS_STATEMENT_TR_NOT.test(t)) return false;
    if (BLOCKS_STATEMENT_TR.test(t)) return true;
  }
  if (hasStem(lc, 'önce') && BLOCKS_STATEMENT_TR_BEFORE.test(t)) return true;
  // (Convention: a Japanese diagnosis report says of a finding that it does not bear on the go/no-go of publication,
  // "本件は公開可否には影響しません", "リリース判定に影響しない": it does not hold the release)
  if (hasStem(lc, '影響', '含め', '対象外') && BLOCKS_STATEMENT_JA_NOT.test(t)) return false;
  // (Korean: "오픈 일정에는 영향 없음", "배포에 지장 없음"; BLOCKS_STATEMENT_KO_NOT)
  if (hasStem(lc, '영향', '지장', '차단') && BLOCKS_STATEMENT_KO_NOT.test(t)) return false;
  if (hasStem(lc, ' 전', '불가', '차단') && BLOCKS_STATEMENT_KO.test(t)) return true;
  // (Welsh: "Rhaid trwsio cyn lansio", "yn atal y lansiad"; "nid yw'n atal y lansiad"; CY_SHIP_STEP)
  if (hasStem(lc, 'atal', 'nid oes') && BLOCKS_STATEMENT_CY_NOT.test(t)) return false;
  if (hasStem(lc, 'rhaid', 'atal') && BLOCKS_STATEMENT_CY.test(t)) return true;
  // (Romanian: "Trebuie închisă înainte de lansarea …", "blochează lansarea"; "nu blochează lansarea"; RO_SHIP_STEP)
  if (hasStem(lc, 'nu ') && hasStem(lc, 'bloc', 'nainte de') && BLOCKS_STATEMENT_RO_NOT.test(t)) return false;
  if (hasStem(lc, 'nainte de', 'blocheaz') && BLOCKS_STATEMENT_RO.test(t)) return true;
  // (Basque: "Ekoizpenera igo aurretik zuzendu behar da", "Blokeatzailea: …"; "ez du blokeatzen"; EU_SHIP_STEP)
  if (hasStem(lc, 'blokeatz') && BLOCKS_STATEMENT_EU_NOT.test(t)) return false;
  if (hasStem(lc, 'aurretik', 'blokeatz') && BLOCKS_STATEMENT_EU.test(t)) return true;
  // (Polish: "Dwa problemy krytyczne (BIL-01, BIL-04) blokują wdrożenie wersji 3.8", they block the deployment, "blokuje
  // wydanie"; "nie blokuje wdrożenia" it does not; "musi zostać naprawiony przed wdrożeniem" it must be fixed before it)
  if (hasStem(lc, 'blokuj') && BLOCKS_STATEMENT_RE2.test(t)) return false;
  if (hasStem(lc, 'blokuj', 'przed') && BLOCKS_STATEMENT_RE3.test(t)) return true;
  // (Arabic: "لا نوصي بالإطلاق إلى الإنتاج قبل إغلاق PT-01" we do not recommend the launch before PT-01 is closed,
  // "يجب إصلاحها قبل الإطلاق" it must be fixed before the launch, "يمنع الإطلاق" it prevents the launch)
  if (hasStem(lc, 'قبل', 'يمنع', 'تمنع', 'يعيق', 'تعيق') && BLOCKS_STATEMENT_RE4.test(t)) return true;
  // (Urdu: "ریلیز v3.4 سے پہلے لازمی" necessary before release v3.4, "ریلیز روکتا ہے" it holds the release)
  if (hasStem(lc, 'روک') && BLOCKS_STATEMENT_UR_NOT.test(t)) return false;
  if (hasStem(lc, 'پہلے', 'روک') && BLOCKS_STATEMENT_UR.test(t)) return true;
  // (Lithuanian: "palaikyti sertifikatą su sąlyga, kad DN-1 … bus patikrintas" keep the certificate on condition that
  // DN-1 is verified; "blokuoja diegimą" it blocks the deployment; "prieš diegimą turi būti ištaisyta")
  if (hasStem(lc, 'sąlyg', 'blokuoja', 'prieš') && BLOCKS_STATEMENT_RE5.test(t)) return true;
  // Convention: a Scandinavian review's verdict on a finding, "blockerar publicering av version 4.3 i App Store"
  // (Swedish, it holds the publishing), "blokerer release" (Danish); "blockerar inte" / "blokerer ikke" it does not
  if (hasStem(lc, 'blocker', 'bloker', 'blokker') && BLOCKS_STATEMENT_SCAND_NOT.test(t)) return false;
  if (hasStem(lc, 'blocker', 'bloker', 'blokker') && BLOCKS_STATEMENT_SCAND.test(t)) return true;
  if (hasStem(lc, 'før ', 'före ', 'innan ', 'inför ') && BLOCKS_STATEMENT_SCAND_BEFORE.test(t)) return true;
  if (hasStem(lc, 'blokke', 'geen ') && BLOCKS_STATEMENT_NL_NOT.test(t)) return false;
  if (hasStem(lc, 'blokke', 'opgelost', 'verholpen', 'hersteld') && BLOCKS_STATEMENT_NL.test(t)) return true;
  // (Latvian: "Šis trūkums bloķē platformas 3.8 laidienu" it blocks the platform's 3.8 release, "bloķē izvietošanu";
  // "nebloķē" it does not)
  if (hasStem(lc, 'bloķē') && BLOCKS_STATEMENT_RE6.test(t)) return false;
  if (hasStem(lc, 'bloķē') && BLOCKS_STATEMENT_RE7.test(t)) return true;
  // (Croatian: "Uvjetuje puštanje u rad RadView 7.0" it is a condition of the go-live; "ne uvjetuje" it is not)
  if (hasStem(lc, 'uvjetuj', 'blokira') && BLOCKS_STATEMENT_RE8.test(t)) return false;
  if (hasStem(lc, 'uvjetuj', 'blokira') && BLOCKS_STATEMENT_RE9.test(t)) return true;
  // (Slovenian: "Blokira objavo v produkcijo", "mora biti odpravljena pred objavo"; "ne blokira objave"; SL_STEP_ACC)
  if (hasStem(lc, 'blokira', 'pogoj') && BLOCKS_STATEMENT_SL_NOT.test(t)) return false;
  if (hasStem(lc, 'blokira', 'pred ', 'pogoj') && BLOCKS_STATEMENT_SL.test(t)) return true;
  if (hasStem(lc, 'dokler') && BLOCKS_STATEMENT_SL_UNTIL.test(t)) return true;
  // (Icelandic: "hindrar að vélin sé útskrifuð aftur í rekstur", "hindrar útgáfu": it prevents the return to
  // service, the release; "hindrar ekki" it does not)
  if (hasStem(lc, 'hindr', 'stöðv') && BLOCKS_STATEMENT_RE10.test(t)) return false;
  if (hasStem(lc, 'hindr', 'stöðv') && BLOCKS_STATEMENT_RE11.test(t)) return true;
  // (Estonian: "takistavad … avalikku käivitamist", "takistab väljalaset": it prevents the launch, the release;
  // "käivitamist ei takista" it does not)
  if (hasStem(lc, 'takista') && BLOCKS_STATEMENT_RE12.test(t)) return false;
  if (hasStem(lc, 'takista') && BLOCKS_STATEMENT_RE13.test(t)) return true;
  // (Estonian: "Blokeerib tootmisse viimise", "tuleb enne väljalaset parandada"; "Ei blokeeri väljalaset"; ET_SHIP_STEP)
  if (hasStem(lc, 'blokeeri') && BLOCKS_STATEMENT_ET_NOT.test(t)) return false;
  if (hasStem(lc, 'blokeeri', 'enne') && BLOCKS_STATEMENT_ET.test(t)) return true;
  // (Ukrainian: "мають бути закриті до запуску оплати", "треба виправити перед релізом", "блокує реліз";
  // "не блокує випуск" does not)
  if (hasStem(lc, 'блоку') && BLOCKS_STATEMENT_RE14.test(t)) return false;
  if (hasStem(lc, 'бути', 'закрити', 'виправити', 'усунути', 'блоку') && BLOCKS_STATEMENT_RE15.test(t)) return true;
  // (Russian: "должны быть исправлены до релиза 2.7", "нужно устранить перед выкаткой", "без них сервис выкатывать
  // нельзя" it must not be rolled out without them; "релиз не блокируют" they do not block the release)
  if (hasStem(lc, 'блокир') && BLOCKS_STATEMENT_RE16.test(t)) return false;
  if (hasStem(lc, 'быть', 'исправить', 'устранить', 'закрыть', 'нельзя') && BLOCKS_STATEMENT_RE17.test(t)) return true;
  // (Bulgarian: "Констатацията блокира пускането на версия 3.0" it blocks the launch, "блокират внедряването";
  // "Не блокира пускането" it does not; "трябва да бъде отстранена преди пускането" it must be remedied before it)
  if (hasStem(lc, 'блокира') && BLOCKS_STATEMENT_RE18.test(t)) return false;
  if (hasStem(lc, 'блокира', 'преди') && BLOCKS_STATEMENT_RE19.test(t)) return true;
  // (Finnish: "Estää käyttöönoton.", "estävät julkaisun": it prevents the go-live)
  if (hasStem(lc, 'estä') && BLOCKS_STATEMENT_FI_NOT.test(t)) return false;
  if (hasStem(lc, 'estä') && BLOCKS_STATEMENT_RE20.test(t)) return true;
  // (German: "Version 2.8.1 sollte nicht im Chrome Web Store veröffentlicht werden, solange 5.2.1 offen ist": not
  // to be published while a finding is open)
  if (hasStem(lc, 'nicht') && BLOCKS_STATEMENT_RE26.test(t)) return true;
  if (hasStem(lc, 'vor ') && BLOCKS_STATEMENT_DE_BEFORE.test(t)) return true;
  // (German: a finding to be fixed before the commissioning, or no obstacle to the release; DE_SHIP_STEP)
  if (hasStem(lc, 'hindernis', 'hinderungsgrund') && BLOCKS_STATEMENT_DE_NO_OBSTACLE.test(t)) return false;
  if (hasStem(lc, 'vor de') && BLOCKS_STATEMENT_DE_SERVICE.test(t)) return true;
  if (hasStem(lc, 'erst nach') && BLOCKS_STATEMENT_DE_ONLY_AFTER.test(t)) return true;
  // (German: "steht der Inbetriebnahme … nicht entgegen", "darf erst erfolgen, wenn … behoben ist"; DE_STEP_OBJECT)
  const inTheWay = hasStem(lc, 'entgegen') ? BLOCKS_STATEMENT_DE_IN_THE_WAY.exec(t) : null;
  if (inTheWay) return !(inTheWay[1] ?? inTheWay[2]);
  if (hasStem(lc, 'erst ') && BLOCKS_STATEMENT_DE_ONLY_WHEN.test(t)) return true;
  // (Spanish: "QA recomienda no aprobar la salida el 18 de junio salvo que CED-101 y CED-107 estén corregidos", "no
  // desplegar hasta que H-2 esté cerrado": the release not to go ahead unless or until the findings are fixed)
  if (hasStem(lc, 'salvo que', 'hasta que', 'a menos que') && BLOCKS_STATEMENT_RE27.test(t)) return true;
  // (Italian: "di non pubblicare la nuova funzione … finché PS-02 non sarà risolta")
  if (hasStem(lc, 'finch') && BLOCKS_STATEMENT_RE22.test(t)) return true;
  // (Convention: an Italian acceptance-bound finding, "i rilievi AC-01 e AC-04 sono vincolanti per il rilascio",
  // "Rilievo vincolante per il collaudo": binding on the acceptance test or the release, it holds it)
  if (hasStem(lc, 'prima', 'blocc', 'vincolant') && BLOCKS_STATEMENT_IT.test(t)) return true;
  // ("No bloquea la salida (planificado para 2.8.1)": Spanish "does not block the release", as a QA cycle says of a
  // defect; "Bloquea la salida a producción", it does)
  // ("CED-110 y CED-129 no bloquean la salida y pueden gestionarse en el primer parche": the release, then what
  // may be done instead)
  if (hasStem(lc, 'bloque') && BLOCKS_STATEMENT_RE28.test(t)) return false;
  if (hasStem(lc, 'bloqueante', 'impedimento', 'requisito', 'condici') && BLOCKS_STATEMENT_ES_NOT.test(t)) return false;
  if (hasStem(lc, 'bloqueante', 'impedimento', 'antes de', 'requisito', 'condici') && BLOCKS_STATEMENT_ES.test(t)) return true;
  // Convention: a French recette's word for a defect that holds the go-live, "non bloquant" / "ne bloque pas" (it does
  // not), "bloquant pour la MEP" (it blocks the mise en production, MEP)
  if (hasStem(lc, 'bloqu') && BLOCKS_STATEMENT_FR_NOT.test(t)) return false;
  if (hasStem(lc, 'bloquant') && BLOCKS_STATEMENT_FR.test(t)) return true;
  // ("bloquea el próximo despliegue a producción": Spanish "blocks the next deploy to production")
  // (German, the negation after the object: "blockiert den Merge nicht", "blockiert das Release nicht"; the
  // subject after the verb, "blockiert dieser Fehler die Freigabe", the approval of the release)
  if (hasStem(lc, 'blockier') && BLOCKS_STATEMENT_RE29.test(t)) return false;
  if (hasStem(lc, 'bloque', 'bloqua', 'blockier') && BLOCKS_STATEMENT_RE30.test(t)) return true;
  // ("Approval is conditional on G-01 and G-02 being closed before any production payroll run": a go-ahead
  // that waits for named findings)
  if (hasStem(lc, 'conditional') && /\b(?:approval|go[- ]live|release|launch|deployment|sign-?off|go-ahead)\s+is\s+conditional\s+on\b/i.test(t)) return true;
  // Convention: a sign-off's summary naming what the step waits on by id, "Go-live therefore depends on R-01, R-02
  // and R-05", "The release is contingent on KR-1 and KR-4": each finding named holds the step (only ids, not "depends
  // on the vendor's schedule")
  if (hasStem(lc, 'depends on', 'contingent on') && /\b(?:[Aa]pproval|[Gg]o[- ][Ll]ive|[Rr]elease|[Ll]aunch|[Dd]eployment|[Ss]ign-?off|[Gg]o-ahead)\s+(?:therefore\s+|thus\s+|so\s+|still\s+)?(?:depends|is\s+contingent)\s+on\s+(?:(?:the\s+)?(?:findings?|risks?|items?|issues?)\s+)?(?:[A-Z][A-Z0-9]{0,9}-\d|#\d)/.test(t)) return true;
  // "I would **not** publish 0.9.2 to npm until #1 and #2 are fixed"
  // ("The model may not be deployed until issue 1 is closed")
  // ("We recommend not shipping v1.15 to third-party vendors until items 1, 2 and 3 are resolved": the verb's -ing
  // form after a recommendation, and a version's dots inside the gap)
  // (Convention: the rollout of the next version held by the team that owns it, "Payments will not roll out
  // payments-gateway v4 (which adds a third retry layer) until this is fixed", "won't roll out v2 until …", as SRE
  // game-day and incident reviews record it: the finding holds that rollout)
  if (hasStem(lc, 'until') && /\b(?:do not|don't|would not|wouldn't|will not|won't|must not|should not|not) (?:be )?(?:publish(?:ed|ing)?|releas(?:e[ds]?|ing)|ship(?:ped|ping)?|deploy(?:ed|ing)?|merg(?:e[ds]?|ing)|tag(?:ged|ging)?|roll(?:ed|ing)?[- ]out)\b(?:[^.]|\.(?=\d)){0,60}?\buntil\b/i.test(t)) return true;
  // Convention: a plant or equipment examination's hold on the item it examined (lifts, cranes, pressure systems,
  // installations under LOLER, PUWER or an insurer's written scheme), "Lift must not be returned to service until
  // rectified and re-examined", "not to be put back into use until repaired", "must remain out of service until the
  // re-test": the item's return to service is the release such a report gates, and it waits for the fix
  if (hasStem(lc, 'service', 'use', 'operation', 'reopen', 're-open') && RETURN_TO_SERVICE_HELD.test(t)) return true;
  // Convention: a rollout said not to go ahead until named findings are closed, "the rollout of 3.0 to the 14
  // additional clinics should not proceed until BRK-02 and BRK-03 are closed and retested", "The migration cannot
  // proceed until M-4 is fixed": a hold on shipping, the stage named before the verb
  if (hasStem(lc, 'proceed') && /\b(?:release|rollout|roll-out|launch|deploy(?:ment)?|go[- ]live|cut-?over|migration|upgrade)\b(?:[^.]|\.(?=\d)){0,100}?\b(?:(?:should|must|shall|will|may|can|could|would)\s*(?:not|n't)|cannot)\s+proceed\s+(?:until|unless|before)\b/i.test(t)) return true;
  // Convention: the release held, with the verb before it, "I'd hold the next deploy until #1 and #2 are fixed",
  // "Hold the 2.4 release until R-3 is fixed": a hold on shipping until the findings named are fixed
  // Convention: release notes' known issue that warns its users off the release, "If you use LDAP group sync with
  // large groups, do not upgrade to 8.4.0 — wait for 8.4.1": the release is held for them until it is fixed
  if (hasStem(lc, 'upgrade') && /\b(?:do not|don't|should not|must not)\s+upgrade\s+to\b/i.test(t)) return true;
  // ("I'd hold Thursday's deploy until #2 and #3 are in": the release named by its day, a possessive)
  // (Convention: the hold put on the items it waits for, "I'd hold the merge on the first two", "hold the release
  // for #1 and #3": the same hold, the items named by their place in the list or their ids, not a day)
  if (hasStem(lc, 'hold') && /\bhold(?:ing)?\s+(?:off\s+)?(?:the\s+|this\s+|our\s+|any\s+|[A-Za-z]+['’]s\s+)?(?:next\s+)?(?:v?\d[\w.-]*\s+)?(?:release|deploy(?:ment)?|launch|rollout|merge|go[- ]live|cutover)s?\s+(?:until\b|(?:on|for)\s+(?:the\s+(?:first|top|last)\s+(?:two|three|four|five|\d|one)\b|these\b|those\b|them\b|#\d|[A-Z][A-Z0-9]{0,9}-\d))/i.test(t)) return true;
  // ("`atlantis apply` is blocked until R1 is resolved", "The release stays blocked until …",
  // "Release train 48 stays on hold until W-1 is fixed": a named release, held)
  if (hasStem(lc, 'until') && /\b(?:release|deploy(?:ment)?|launch|rollout|apply|merge|cutover|go[- ]live|tagging)`?(?:\s+(?:train|candidate|branch|v?\d[\w.-]*)){0,2}\s+(?:is|are|stays|remains|is kept|is put)\s+(?:blocked|on hold)\s+until\b/i.test(t)) return true;
  // Convention: a stage of shipping said to be held by what follows, "Beta is blocked on these four: CN-5110, …",
  // "The release is blocked by R2 and R4"; and a release named by its version alone, "This also blocks 7.0."
  if (hasStem(lc, 'block') && /\b(?:release|beta|launch|rollout|go[- ]live|ga|deploy(?:ment)?)\s+(?:is|are|stays|remains)\s+(?:also\s+)?blocked\s+(?:on|by)\b|\bblocks\s+(?:the\s+)?v?\d+(?:\.\d+)+(?=\s*(?:[.;,)]|$))/i.test(t)) return true;
  // Convention: a named release gate held shut by findings, "Gate G3 is **not passed** until FW-02 and FW-03 are
  // closed", "the release gate stays closed until …": the findings it waits on block the release
  if (hasStem(lc, 'gate') && /\b(?:release |launch |quality |deploy(?:ment)? )?gate\b(?:\s+[\w-]+)?\s+(?:is not|isn't|will not be|won't be|cannot be|can't be|is|stays|remains)\s+(?:passed|cleared|met|signed off|closed|shut)\s+until\b/i.test(t) && /\b(?:not|n't|closed|shut)\b/i.test(t)) return true;
  // ("blocks the 4.3 cut": the release branch cut)
  // ("This blocks the multi-currency launch.": a launch named by what it brings; "Release-blocking for 4.0.")
  // (Convention: a mobile app ships by its store submission, "Owner: … · Status: open · Blocks submission.", and
  // "Not a submission blocker" says it does not, above)
  // (Convention: an upgrade's readiness report, where the upgrade is what ships, "for us this blocks the upgrade",
  // "it blocks the upgrade": as a legend's "`✖ error` blocks the upgrade" gates its level, GATE_STATEMENT)
  // (Convention: an audit's verdict on one finding, "Hollowpine considers M-02 a **launch blocker**", "a deployment
  // blocker": a blocker of the launch or deployment as of the release; "not a launch blocker" is read above)
  // (Convention: a threat model's status line, "Open — **GA blocker**", "cut-over blocker": general availability
  // and the cut-over are the launch)
  // (Convention: a smart-contract or service audit's recommendation closing on the deployment named by the network or
  // environment it goes to, "Blocks mainnet deployment.", "blocks the production rollout")
  // (Convention: a bug hunt's or a review's summary names the findings that hold the release named by its version,
  // "BUG-1 and BUG-2 must be fixed before the 1.0 release", "before the v2.3 launch": the version is the release's)
  if (hasStem(lc, 'block', 'must be fixed before') && /\b(?:block(?:s)? (?:the )?(?:v?\d[\w.-]*\s+|[A-Z]{2,4}\s+|[a-z]+-[a-z]+\s+|(?:mainnet|production|prod)\s+)?(?:(?:phase |stage |gate |freeze )?exit\b|sign-?off|approval\b|promotion\b|(?:release |branch )?cut\b|code freeze|release|deploy(?:ment)?|launch|rollout|merge|cutover|go[- ]live|upgrade\b|apply(?:ing)? to prod\w*|prod(?:uction)?\b|(?:(?:app )?store )?submission)|(?<!\bnot |\bnon-)(?:release|launch|deploy(?:ment)?|go[- ]live|GA|cut-?over|freeze)[- ]block(?:er|ing)|blocking (?:for )?(?:the )?(?:release|launch|deploy(?:ment)?)|must be fixed before (?:the )?(?:v?\d[\w.-]*\s+|[\w-]+ )?(?:release|launch|deploy(?:ment)?|production|go[- ]live))\b/i.test(t)) return true;
  // (Convention: a pull request review's verdict, "three issues block approval:" over the list of them: the approval
  // is the reviewer's sign-off on the merge, held as "blocks merge" holds it)
  // (Convention: an incident's change freeze, "Blocks the freeze exit.", "a freeze blocker": the item must be done before
  // the freeze is lifted and deploys resume, as an unfreeze checklist gates them; "Not a freeze blocker." is read above)
  // Convention: a reviewer's own hold on the merge written as the verb, "Blocking merge on this one.", "I'm blocking
  // the merge until the retry is idempotent": the finding holds the merge, as "This blocks the merge." does
  // ("not blocking merge on it" is read above)
  if (hasStem(lc, 'blocking') && /\bblocking (?:the |this )?merge (?:on|until|for)\b/i.test(t)) return true;
  // Convention: the launch named as the system opened to its users, "must be resolved before the console is opened
  // to the outsourced support team", "must be fixed before the portal opens to the remaining 14 clinics": a go-live
  // to a group of users, held for the finding
  if (hasStem(lc, 'before') && MUST_FIX_BEFORE_OPENED.test(t)) return true;
  // Convention: an audit's verdict on several findings at once, plural, "Brightmoor considers LWY-01, LWY-02 and
  // LWY-03 to be release blockers for the 3.0 go-live", "F-2 and F-5 are launch blockers": each one named holds the
  // release ("no release blockers", "none of these are launch blockers" say the opposite and are left to the others)
  // (Convention: a code review's summary naming the findings that hold its merge, "I'd treat #2 and #4 as merge
  // blockers", "consider R3 and R7 merge-blockers": the merge is the step a review gates)
  if (hasStem(lc, 'blockers') && /\b(?:release|launch|deploy(?:ment)?|go[- ]live|merge)[- ]blockers\b/i.test(t) && !/\b(?:not|non|no|none|never)\b[^.;]{0,40}?\b(?:release|launch|deploy(?:ment)?|go[- ]live|merge)[- ]blockers\b/i.test(t)) return true;
  // Convention: a finding's recommendation closing on the release it holds, "**Blocker for the 5.9 external-payee
  // rollout.**", "a blocker for the 3.0 launch": the step of shipping named after "blocker for" ("not a blocker for
  // …" is read above)
  if (hasStem(lc, 'blocker for') && BLOCKER_FOR_STEP.test(t)) return true;
  // Convention: the rollout of a feature named by its capitalised name, "**Blocks Chores & Rewards rollout.**",
  // "Blocks the Smart Invoicing launch": the feature ships by it (the name's capitals say it is one; case-sensitive)
  if (hasStem(lc, 'block') && /\b[Bb]locks (?:the )?(?:[A-Z][\w-]*(?: (?:&|and))? ){1,3}(?:release|launch|rollout|roll-out|go-live|deployment|cutover)\b/.test(t)) return true;
  // ("FW-01 and FW-02 must be closed before the branch network cut-over": a named step of shipping, a
  // cut-over or a migration too, that waits for them; and a product's general availability, "Must be closed
  // before GA.", as SaaS launches name the step from beta to everyone)
  // Convention: a smart-contract audit's gate named by the chain, or by what is switched on there, "V-01 and V-02 must
  // be fully resolved before the new vaults are enabled on mainnet", "must be fixed before mainnet": turning the feature
  // on in production is its release ("fully" only says the fix is to be complete)
  // Convention: an automotive TARA's or safety case's gate, "must be closed before SOP" (start of production): the
  // vehicle's release
  // Convention: a facility or system handed over from the installer or the project to its owner, "This must be
  // closed before handover", "… before the handover to the client": the handover is its go-live
  if (hasStem(lc, ' before ') && /\b(?:must|need to|needs to|have to|has to|shall) be (?:fully |completely )?(?:fixed|closed|resolved|remediated|addressed|mitigated|completed|finished) before (?:(?:the )?(?:[\w-]+ ){0,3}(?:release|launch|deploy(?:ment)?|production|go[- ]live|cut-?over|rollout|migration|hand-?over|GA|general availability|mainnet|SOP|start of production)\b|(?:the |any )?(?:[\w-]+ ){1,4}(?:is|are|gets?|go(?:es)?) (?:enabled|activated|turned on|switched on|live|launched|deployed|released|opened) (?:on|in|to) (?:the )?(?:mainnet|production|prod)\b)/i.test(t)) return true;
  // Convention: a review's gate on the change itself, passive, "This must be fixed before the PR is deployed.", "#1, #2
  // and #3 should be fixed before this is merged and deployed": the change does not ship with them (merged alone is
  // a hold on the merge, no statement about shipping)
  if (hasStem(lc, 'before') && /\b(?:must|should|need to|needs to|have to|has to|shall) be (?:fixed|closed|resolved|remediated|addressed) before (?:this|it|the (?:pr|mr|change|patch|branch|feature|service|code|update|build))\s+(?:is|gets|goes|will be)\s+(?:merged\s+and\s+)?(?:deployed|released|shipped|rolled out|live|(?:put )?(?:in|into|to) production)\b/i.test(t)) return true;
  // Convention: an audit's closing recommendation on what is left, "we recommend that the remaining Partially fixed
  // item (H-02) is completed before mainnet deployment", "We recommend that LF-02 be fixed before the launch": the
  // findings it names are to be done before shipping, as "must be fixed before" says
  // Convention: a hold on shipping whose reason, after a dash, opens with the findings that hold it, "**Do not
  // deploy the current `main`** — SR-01 and SR-02 expose every booking", "Don't release 2.3: AUTH-4 leaks tokens":
  // the findings named right after the dash hold the release
  if (hasStem(lc, 'not', "n't") && /\b(?:[Dd]o not|[Dd]on't|[Mm]ust not|[Ss]hould not|[Cc]annot|[Cc]an't)\s+(?:deploy|release|ship|launch|publish|go live)\b(?:[^.;:—–]|\.(?=\w)){0,60}?(?:\s[—–]\s+|:\s+|\s+because\s+)(?:[\w ]{0,12}\s)?(?:[A-Z][A-Z0-9]{0,9}-\d|#\d)/.test(t)) return true;
  // Convention: a finding rated by the bucket it must be fixed in, "Those three plus C4 and C7 are **must fix
  // before launch**", "Priority: P1 | Must fix before launch": the bucket is a hold on shipping
  if (hasStem(lc, 'must') && /\bmust[- ]fix before (?:the |any |[A-Za-z]+['’]s )?(?:next )?(?:release|deploy\w*|launch|go[- ]live|production|ship\w*)\b/i.test(t)) return true;
  // Convention: a release manager's go/no-go notes name the step by what the team does, "I'm treating this as
  // must-fix before we submit to the App Store", "must be fixed before we ship": the store submission or the
  // release the team makes waits for the finding, as "must-fix before launch" says
  if (hasStem(lc, 'before we') && /\bmust(?:[- ]fix| be fixed| be resolved) before we (?:submit|ship|release|launch|deploy|go live|roll out|cut)\b/i.test(t)) return true;
  // Convention: an app the store rejected goes back by resubmitting it, and the review holds a finding for that step,
  // "**Has to go in before we resubmit**", "Must be fixed before resubmission.": the store submission waits for it
  if (hasStem(lc, 'submi') && /\b(?:must|has to|have to|needs? to)\s+(?:be fixed|be done|be resolved|go in|land|be in)\s+before\s+(?:(?:we|you)\s+(?:re-?)?submit\b|(?:the\s+|our\s+)?(?:re-?)?submission\b)/i.test(t)) return true;
  // Convention: a data pipeline ships by its scheduled run, "#5 — merge fan-out (blocks the nightly run)", "this blocks
  // the daily load": the run is the release it holds (not "does not block the nightly run", read above)
  if (hasStem(lc, 'block') && BLOCKS_SCHEDULED_RUN.test(t)) return true;
  if (hasStem(lc, 'recommend') && /\brecommend(?:s|ed)? that\b[^.;]{0,100}?\b(?:is|are|be|gets?) (?:fully )?(?:fixed|closed|resolved|remediated|addressed|mitigated|completed|finished) before (?:the |any )?(?:[\w-]+ ){0,3}(?:release|launch|deploy(?:ment)?|production|go[- ]live|cut-?over|rollout|migration)\b/i.test(t)) return true;
  // Convention: a reviewer's own call on one finding, naming the release by its version, "I'd treat this as a blocker
  // for 0.9.0", "I'd call this blocking for the 2.0 release": a blocker of that release ("not a blocker for 0.9.0" is
  // read above)
  if (hasStem(lc, 'blocker for', 'blocking for') && BLOCKER_FOR_VERSION.test(t)) return true;
  // Convention: an audit's recommendation that the step not go ahead, the step named after the verb, "the Department
  // should not proceed with the AquaBill 9 cutover until this finding is resolved" (the step named before the verb is
  // read above)
  if (hasStem(lc, 'proceed') && PROCEED_WITH_UNTIL.test(t)) return true;
  // Convention: a go/no-go verdict that is conditional, "**RC3: conditional GO** if DN-2291 and DN-2304 are verified
  // fixed", "conditional approval once R-1 is closed": the go waits for the findings it names
  if (hasStem(lc, 'conditional') && CONDITIONAL_GO.test(t)) return true;
  // Convention: triage minutes' verdict that a fix goes out with a named release, "Must ship in 4.12.": the release
  // waits for it
  if (hasStem(lc, 'must') && MUST_SHIP_IN_VERSION.test(t)) return true;
  // Convention: a letter's recommendation that the product is not offered to its users until named items are
  // addressed, "We recommend that the server is not offered to customers until items 3.1 to 3.3 are addressed"
  if (hasStem(lc, 'until') && NOT_OFFERED_UNTIL.test(t)) return true;
  // Convention: an agent review's conclusion in the imperative, "Fix #1 and #2 before the next deployment — they are
  // exploitable today": the findings it names hold the deployment (not "fix before launch if possible", a wish)
  if (hasStem(lc, 'fix') && FIX_BEFORE_STEP.test(t)) return true;
  // Convention: a Greek audit's recommendation that a finding "πρέπει να διορθωθεί πριν από την παραγωγική
  // λειτουργία" (must be fixed before going into production), "να επιλυθούν πριν την κυκλοφορία" (resolved before
  // the release): the step waits for the fix ("δεν πρέπει να …" says nothing of a hold)
  if (hasStem(lc, 'πριν') && BLOCKS_STATEMENT_EL.test(t)) return true;
  return null;
}
const FIX_BEFORE_STEP = /(?:^|[.!?:]\s+)(?:please\s+)?fix\s[^.;]{0,80}?\bbefore (?:the |any |our )?(?:next )?(?:deploy(?:ment)?|release|launch|go[- ]live|production|ship(?:ping)?)\b(?!,? (?:if|where|when) (?:possible|feasible|time)|,? ideally)/i;
const BLOCKER_FOR_VERSION = /\b(?:blocker|blocking) for (?:the )?v?\d+(?:\.\d+)+(?:\s+(?:release|launch|tag|deploy(?:ment)?))?(?![\w-]|\.\d)/i;
const PROCEED_WITH_UNTIL = /\b(?:(?:should|must|shall|will|may|can|could|would)\s*(?:not|n't)|cannot)\s+(?:proceed|go ahead)\s+with\s+(?:the\s+|its\s+|their\s+|any\s+)?(?:[\w.-]+\s+){0,3}(?:cut-?over|release|rollout|roll-out|launch|deployment|migration|go[- ]live|upgrade)\s+(?:until|unless|before)\b/i;
const CONDITIONAL_GO = /\bconditional\s+(?:go|approval|sign-?off|go-ahead)\b[^.;]{0,10}?\b(?:if|once|provided|when|on condition)\b/i;
const MUST_SHIP_IN_VERSION = /\bmust (?:ship|land|go out) in (?:the )?v?\d+(?:\.\d+)+(?![\w-]|\.\d)/i;
const NOT_OFFERED_UNTIL = /\b(?:is|are|be)\s+not\s+(?:offered|made available|rolled out|opened up|exposed)\s+(?:to\s+(?:[\w-]+\s+){1,3})?until\b/i;

/**
 * "`prio/urgent`", "`priority/high`", "`severity:critical`", "`sev/low`": a scoped tracker label (GitHub label
 * groups by prefix, GitLab's "priority::high") naming the level; a tracker's "normal" priority is the middle
 * one. Returns the level's word and severity, or null.
 */
export function scopedLabel(t: string): { word: string; sev: Severity } | null {
  // (Convention: GitLab's label reference in Markdown, `~"severity::1"` or `~severity::1`, the label as written
  // in an issue or a merge request's text)
  const scoped = /^(?:`|~"?)?(prio(?:rity)?|sev(?:erity)?)[/:]{1,2}([a-z0-9-]{1,12})(?:`|")?$/i.exec(t.trim());
  // Convention: the rust-lang label scheme many Rust crates' trackers copy, `P-critical`, `P-high`, `P-medium`,
  // `P-low`: a priority label with its level after "P-"
  if (!scoped) {
    const rust = /^`?P-(critical|high|medium|low)`?$/i.exec(t.trim());
    return rust ? { word: rust[1].toLowerCase(), sev: rust[1].toLowerCase() as Severity } : null;
  }
  const w = scoped[2];
  // ("severity::1" … "severity::4": GitLab's severity labels, 1 the worst, as Sev-1; "priority::1" as P1)
  const level = /^sev/i.test(scoped[1]) ? `Sev ${w}` : `P${w}`;
  const sev = /^normal$/i.test(w) ? 'medium' : /^[0-4]$/.test(w) ? severityFromValue(level) : severityFromValue(w);
  return sev ? { word: w.toLowerCase(), sev } : null;
}

/**
 * "🔴 must fix (blocker) · 🟠 should fix (major) · 🟡 nit · 💬 question": a review's one-line key of its comment
 * marks (read by report-facts.ts markNameLegendLine), its entries as [mark, name, meaning], or null.
 */
const MARK_NAME_ENTRY = /^(?:\*\*|__)?(\p{Extended_Pictographic})\uFE0F?(?:\*\*|__)?\s+(?:\*\*|__)?([\p{L}][\p{L}' -]{0,24}?)(?:\*\*|__)?\s*(?:\(([^()]{1,120})\))?\.?$/u;
export const MARK_NAME_INFO = /^(?:nit(?:pick)?s?|questions?|suggestions?|thoughts?|optional|fyi|note|ask|q)$/i;
/** "🛑 blocking", "🔴 must fix": a mark named as the gate, the blocker level */
export const MARK_NAME_GATE = /^(?:blocking|blockers?|must[- ](?:fix|change|have))$/i;
export function markNameLegend(line: string): [string, string, string | undefined][] | null {
  if (line.length > 400 || !/[·•]/.test(line)) return null;
  const parts = line.replace(/^[\s>*+-]+/, '').trim().split(/\s+[·•]\s+/);
  if (parts.length < 3) return null;
  const out: [string, string, string | undefined][] = [];
  for (const p of parts) {
    const m = MARK_NAME_ENTRY.exec(p.trim());
    if (!m) return null;
    out.push([m[1], m[2].trim(), m[3]]);
  }
  return new Set(out.map(([m]) => m)).size === out.length ? out : null;
}
