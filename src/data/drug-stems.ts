/**
 * Drug-name stems: the common stems of International Nonproprietary Names (WHO, "The use of
 * stems in the selection of International Nonproprietary Names (INN) for pharmaceutical
 * substances", and the USAN Council's stem list). A word that ends in one of them names a
 * drug of that class: `vibegron` (-begron, beta-3 agonists), `sitagliptin` (-gliptin),
 * `adalimumab` (-mab). Stems shorter than four letters are left out unless the class is
 * large and the ending rare in English words (`-vir`, `-mab`); a word must be at least two
 * letters longer than its stem, and not an English word (WordNet), to count.
 */
export const drugStems: string[] = [
  // receptor agonists and antagonists
  'begron', 'terol', 'olol', 'alol', 'dipine', 'pamil', 'sartan', 'pril', 'prilat', 'setron', 'triptan',
  'tidine', 'lukast', 'piprant', 'gepant', 'dronabinol', 'orexant', 'semide', 'thiazide', 'tiazide',
  // enzyme inhibitors
  'gliptin', 'gliflozin', 'glutide', 'tirzepatide', 'statin', 'vastatin', 'prazole', 'coxib', 'profen',
  'fenac', 'xaban', 'gatran', 'parin', 'tinib', 'ciclib', 'parib', 'rafenib', 'zomib', 'lisib', 'stat',
  'dronate', 'gabalin', 'racetam', 'afinil', 'oxetine', 'pramine', 'triptyline', 'faxine', 'azepam',
  'zepam', 'zolam', 'barbital', 'caine', 'perone', 'peridone', 'apine', 'piprazole', 'tropin',
  // antimicrobials
  'mycin', 'micin', 'cillin', 'cycline', 'floxacin', 'conazole', 'azole', 'fungin', 'vir', 'previr',
  'buvir', 'asvir', 'navir', 'tegravir', 'cef', 'penem', 'bactam', 'oxacin',
  // biologics
  'mab', 'ximab', 'zumab', 'umab', 'cept', 'kinra', 'ermin', 'poetin', 'plase', 'ase',
  // hormones and their analogues as medicines
  'relin', 'relix', 'gestrel', 'sterone', 'estradiol', 'olone', 'sonide', 'metasone', 'cortisone',
  'thyronine', 'thyroxine', 'tide'
]
