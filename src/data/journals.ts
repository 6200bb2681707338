/**
 * The journals that health and science writing cites most, with what identifies them:
 * canonical name, common abbreviations, ISSNs, DOI prefixes, web addresses and, where the
 * journal has one, its volume-to-year rule.
 *
 * Sources of the facts:
 * - names, NLM title abbreviations and ISSNs (print and electronic): the NLM Catalog
 *   (https://www.ncbi.nlm.nih.gov/nlmcatalog) and the ISSN Portal;
 * - DOI prefixes: the DOIs the publishers assign to the journal's articles (Crossref metadata,
 *   the publishers' article pages). A prefix is the registrant code plus the journal's stem:
 *   `10.3390/nu` (MDPI, Nutrients), `10.1136/bmj` (BMJ), `10.1016/j.clnesp` (Elsevier);
 * - volume-to-year rules: the journals' archive pages, for journals that publish exactly one
 *   volume per calendar year (every MDPI, Frontiers and BMC journal listed with a rule, PLOS ONE,
 *   Scientific Reports, ...). Nutrients: volume 1 is 2009, so volume = year - 2008;
 * - web addresses: the hosts (and path prefixes) of the journals' own article pages.
 *
 * Only facts the maintainers are confident of are listed. A field that is left out is
 * unknown, not absent: the reader then neither matches nor contradicts on it.
 *
 * Conventions:
 * - `doi`: lower case. A DOI belongs to the journal when it starts with the prefix and the
 *   next character is not a letter (`10.1136/bmj.i5796` is BMJ, `10.1136/bmjopen-2017-...` is
 *   not). A prefix ending in `*` also takes letters after it (`10.1056/nejm*` takes
 *   `10.1056/NEJMoa1812792`).
 * - `urls`: lower case, without scheme and `www.`; a host (`bjsm.bmj.com`) or a host with a
 *   path prefix (`jamanetwork.com/journals/jama/`, `academic.oup.com/ajcn/`).
 * - `firstVolumeYear`: the year of volume 1, for journals with one volume per year:
 *   year = volume + firstVolumeYear - 1.
 * - `common`: the name is an ordinary word or phrase (Nutrients, Gut, Stroke, Science); in
 *   prose it is recognised only in a citing context ("published in Nutrients",
 *   "(Nutrients, 2018)", "the journal Science") and with its capitals.
 */

export interface JournalRecord {
  /** Canonical name (the NLM Catalog's title, without a leading "The" unless it is one word). */
  readonly name: string
  /** NLM/ISO abbreviations, acronyms and other names the journal is cited by. */
  readonly abbreviations: readonly string[]
  /** ISSNs, print and electronic, as `NNNN-NNNC`. */
  readonly issn: readonly string[]
  /** DOI prefixes (see the conventions above). */
  readonly doi?: readonly string[] | undefined
  /** Hosts or host+path prefixes of the journal's web pages. */
  readonly urls?: readonly string[] | undefined
  /** Year of volume 1, for journals that publish one volume per calendar year. */
  readonly firstVolumeYear?: number | undefined
  /** The name is an ordinary word or phrase: needs a citing context in prose. */
  readonly common?: boolean | undefined
}

/**
 * Publishers' URL forms that carry a journal's ISSN in the path, as `<host>/<ISSN>/<volume>/...`.
 * MDPI: `https://www.mdpi.com/2072-6643/13/2/463` is Nutrients (ISSN 2072-6643), volume 13,
 * issue 2, article 463.
 */
export const issnPathHosts: readonly string[] = ['mdpi.com']

export const journals: readonly JournalRecord[] = [
  // General medicine and science.
  {
    name: 'The New England Journal of Medicine',
    abbreviations: ['N Engl J Med', 'NEJM', 'New England Journal of Medicine', 'New Engl J Med'],
    issn: ['0028-4793', '1533-4406'],
    doi: ['10.1056/nejm*'],
    urls: ['nejm.org']
  },
  {
    name: 'The Lancet',
    abbreviations: ['Lancet'],
    issn: ['0140-6736', '1474-547X'],
    doi: ['10.1016/s0140-6736'],
    urls: ['thelancet.com/journals/lancet/']
  },
  {
    name: 'BMJ',
    abbreviations: ['The BMJ', 'British Medical Journal', 'Br Med J', 'BMJ (Clinical research ed.)'],
    issn: ['0959-8138', '1756-1833', '0959-535X'],
    doi: ['10.1136/bmj'],
    urls: ['bmj.com']
  },
  {
    name: 'JAMA',
    abbreviations: ['Journal of the American Medical Association', 'J Am Med Assoc'],
    issn: ['0098-7484', '1538-3598'],
    doi: ['10.1001/jama'],
    urls: ['jamanetwork.com/journals/jama/']
  },
  {
    name: 'Annals of Internal Medicine',
    abbreviations: ['Ann Intern Med'],
    issn: ['0003-4819', '1539-3704'],
    doi: ['10.7326/m', '10.7326/0003-4819'],
    urls: ['acpjournals.org/doi/10.7326/']
  },
  {
    name: 'JAMA Internal Medicine',
    abbreviations: ['JAMA Intern Med'],
    issn: ['2168-6106', '2168-6114'],
    doi: ['10.1001/jamainternmed'],
    urls: ['jamanetwork.com/journals/jamainternalmedicine/']
  },
  {
    name: 'Archives of Internal Medicine',
    abbreviations: ['Arch Intern Med'],
    issn: ['0003-9926', '1538-3679'],
    doi: ['10.1001/archinte']
  },
  {
    name: 'JAMA Network Open',
    abbreviations: ['JAMA Netw Open'],
    issn: ['2574-3805'],
    doi: ['10.1001/jamanetworkopen'],
    urls: ['jamanetwork.com/journals/jamanetworkopen/'],
    firstVolumeYear: 2018
  },
  {
    name: 'JAMA Pediatrics',
    abbreviations: ['JAMA Pediatr'],
    issn: ['2168-6203', '2168-6211'],
    doi: ['10.1001/jamapediatrics'],
    urls: ['jamanetwork.com/journals/jamapediatrics/']
  },
  {
    name: 'JAMA Psychiatry',
    abbreviations: [],
    issn: ['2168-622X', '2168-6238'],
    doi: ['10.1001/jamapsychiatry'],
    urls: ['jamanetwork.com/journals/jamapsychiatry/']
  },
  {
    name: 'JAMA Neurology',
    abbreviations: ['JAMA Neurol'],
    issn: ['2168-6149', '2168-6157'],
    doi: ['10.1001/jamaneurol'],
    urls: ['jamanetwork.com/journals/jamaneurology/']
  },
  {
    name: 'JAMA Cardiology',
    abbreviations: ['JAMA Cardiol'],
    issn: ['2380-6583', '2380-6591'],
    doi: ['10.1001/jamacardio'],
    urls: ['jamanetwork.com/journals/jamacardiology/']
  },
  {
    name: 'JAMA Oncology',
    abbreviations: ['JAMA Oncol'],
    issn: ['2374-2437', '2374-2445'],
    doi: ['10.1001/jamaoncol'],
    urls: ['jamanetwork.com/journals/jamaoncology/']
  },
  {
    name: 'JAMA Dermatology',
    abbreviations: ['JAMA Dermatol'],
    issn: ['2168-6068', '2168-6084'],
    doi: ['10.1001/jamadermatol'],
    urls: ['jamanetwork.com/journals/jamadermatology/']
  },
  {
    name: 'BMJ Open',
    abbreviations: [],
    issn: ['2044-6055'],
    doi: ['10.1136/bmjopen'],
    urls: ['bmjopen.bmj.com'],
    firstVolumeYear: 2011
  },
  {
    name: 'PLOS ONE',
    abbreviations: [],
    issn: ['1932-6203'],
    doi: ['10.1371/journal.pone'],
    urls: ['journals.plos.org/plosone/'],
    firstVolumeYear: 2006
  },
  {
    name: 'PLOS Medicine',
    abbreviations: ['PLoS Med'],
    issn: ['1549-1277', '1549-1676'],
    doi: ['10.1371/journal.pmed'],
    urls: ['journals.plos.org/plosmedicine/'],
    firstVolumeYear: 2004
  },
  {
    name: 'Scientific Reports',
    abbreviations: ['Sci Rep'],
    issn: ['2045-2322'],
    doi: ['10.1038/srep', '10.1038/s41598'],
    urls: ['nature.com/srep/'],
    firstVolumeYear: 2011
  },
  {
    name: 'Nature',
    abbreviations: [],
    issn: ['0028-0836', '1476-4687'],
    doi: ['10.1038/nature', '10.1038/s41586'],
    common: true
  },
  {name: 'Science', abbreviations: [], issn: ['0036-8075', '1095-9203'], doi: ['10.1126/science'], common: true},
  {
    name: 'Nature Medicine',
    abbreviations: ['Nat Med'],
    issn: ['1078-8956', '1546-170X'],
    doi: ['10.1038/nm', '10.1038/s41591']
  },
  {
    name: 'Nature Communications',
    abbreviations: ['Nat Commun'],
    issn: ['2041-1723'],
    doi: ['10.1038/ncomms', '10.1038/s41467'],
    firstVolumeYear: 2010
  },
  {
    name: 'Proceedings of the National Academy of Sciences of the United States of America',
    abbreviations: [
      'Proc Natl Acad Sci U S A',
      'Proc Natl Acad Sci USA',
      'PNAS',
      'Proceedings of the National Academy of Sciences'
    ],
    issn: ['0027-8424', '1091-6490'],
    doi: ['10.1073/pnas'],
    urls: ['pnas.org']
  },
  {name: 'Cell', abbreviations: [], issn: ['0092-8674', '1097-4172'], doi: ['10.1016/j.cell'], common: true},
  {name: 'Cell Metabolism', abbreviations: ['Cell Metab'], issn: ['1550-4131', '1932-7420'], doi: ['10.1016/j.cmet']},
  {
    name: 'Cochrane Database of Systematic Reviews',
    abbreviations: ['Cochrane Database Syst Rev', 'The Cochrane Database of Systematic Reviews', 'Cochrane Library'],
    issn: ['1469-493X', '1361-6137'],
    doi: ['10.1002/14651858'],
    urls: ['cochranelibrary.com']
  },
  {
    name: 'Mayo Clinic Proceedings',
    abbreviations: ['Mayo Clin Proc'],
    issn: ['0025-6196', '1942-5546'],
    doi: ['10.1016/j.mayocp']
  },
  {
    name: 'Canadian Medical Association Journal',
    abbreviations: ['CMAJ', 'Can Med Assoc J'],
    issn: ['0820-3946', '1488-2329'],
    doi: ['10.1503/cmaj'],
    urls: ['cmaj.ca']
  },
  {
    name: 'The Medical Journal of Australia',
    abbreviations: ['Med J Aust', 'Medical Journal of Australia'],
    issn: ['0025-729X', '1326-5377'],
    doi: ['10.5694/mja']
  },
  {
    name: 'BMC Medicine',
    abbreviations: ['BMC Med'],
    issn: ['1741-7015'],
    doi: ['10.1186/s12916'],
    urls: ['bmcmedicine.biomedcentral.com'],
    firstVolumeYear: 2003
  },
  {
    name: 'BMC Public Health',
    abbreviations: [],
    issn: ['1471-2458'],
    doi: ['10.1186/s12889'],
    urls: ['bmcpublichealth.biomedcentral.com'],
    firstVolumeYear: 2001
  },
  {
    name: 'Medicine',
    abbreviations: ['Medicine (Baltimore)'],
    issn: ['0025-7974', '1536-5964'],
    doi: ['10.1097/md'],
    common: true
  },
  {
    name: 'Journal of Clinical Medicine',
    abbreviations: ['J Clin Med'],
    issn: ['2077-0383'],
    doi: ['10.3390/jcm'],
    firstVolumeYear: 2012
  },
  {
    name: 'Journal of Internal Medicine',
    abbreviations: ['J Intern Med'],
    issn: ['0954-6820', '1365-2796'],
    doi: ['10.1111/joim']
  },
  {
    name: 'Journal of General Internal Medicine',
    abbreviations: ['J Gen Intern Med'],
    issn: ['0884-8734', '1525-1497'],
    doi: ['10.1007/s11606']
  },
  {
    name: 'Journal of Clinical Investigation',
    abbreviations: ['J Clin Invest', 'The Journal of Clinical Investigation'],
    issn: ['0021-9738', '1558-8238'],
    doi: ['10.1172/jci']
  },
  {name: 'eClinicalMedicine', abbreviations: [], issn: ['2589-5370'], doi: ['10.1016/j.eclinm']},
  {
    name: 'Journal of Medical Internet Research',
    abbreviations: ['J Med Internet Res', 'JMIR'],
    issn: ['1438-8871'],
    firstVolumeYear: 1999
  },
  {name: 'Trials', abbreviations: [], issn: ['1745-6215'], doi: ['10.1186/s13063'], common: true},
  {name: 'Systematic Reviews', abbreviations: ['Syst Rev'], issn: ['2046-4053'], doi: ['10.1186/s13643'], common: true},

  // The Lancet family.
  {
    name: 'The Lancet Public Health',
    abbreviations: ['Lancet Public Health'],
    issn: ['2468-2667'],
    doi: ['10.1016/s2468-2667']
  },
  {
    name: 'The Lancet Diabetes & Endocrinology',
    abbreviations: ['Lancet Diabetes Endocrinol'],
    issn: ['2213-8587', '2213-8595'],
    doi: ['10.1016/s2213-8587']
  },
  {
    name: 'The Lancet Psychiatry',
    abbreviations: ['Lancet Psychiatry'],
    issn: ['2215-0366', '2215-0374'],
    doi: ['10.1016/s2215-0366']
  },
  {
    name: 'The Lancet Neurology',
    abbreviations: ['Lancet Neurol'],
    issn: ['1474-4422', '1474-4465'],
    doi: ['10.1016/s1474-4422']
  },
  {
    name: 'The Lancet Oncology',
    abbreviations: ['Lancet Oncol'],
    issn: ['1470-2045', '1474-5488'],
    doi: ['10.1016/s1470-2045']
  },
  {
    name: 'The Lancet Gastroenterology & Hepatology',
    abbreviations: ['Lancet Gastroenterol Hepatol'],
    issn: ['2468-1253', '2468-1156'],
    doi: ['10.1016/s2468-1253']
  },

  // Epidemiology and public health.
  {
    name: 'International Journal of Epidemiology',
    abbreviations: ['Int J Epidemiol'],
    issn: ['0300-5771', '1464-3685'],
    doi: ['10.1093/ije'],
    urls: ['academic.oup.com/ije/']
  },
  {
    name: 'American Journal of Epidemiology',
    abbreviations: ['Am J Epidemiol'],
    issn: ['0002-9262', '1476-6256'],
    doi: ['10.1093/aje'],
    urls: ['academic.oup.com/aje/']
  },
  {
    name: 'European Journal of Epidemiology',
    abbreviations: ['Eur J Epidemiol'],
    issn: ['0393-2990', '1573-7284'],
    doi: ['10.1007/s10654']
  },
  {
    name: 'Journal of Epidemiology and Community Health',
    abbreviations: ['J Epidemiol Community Health', 'JECH'],
    issn: ['0143-005X', '1470-2738'],
    doi: ['10.1136/jech'],
    urls: ['jech.bmj.com']
  },
  {
    name: 'American Journal of Public Health',
    abbreviations: ['Am J Public Health', 'AJPH'],
    issn: ['0090-0036', '1541-0048'],
    doi: ['10.2105/ajph']
  },
  {
    name: 'Preventive Medicine',
    abbreviations: ['Prev Med'],
    issn: ['0091-7435', '1096-0260'],
    doi: ['10.1016/j.ypmed']
  },
  {
    name: 'American Journal of Preventive Medicine',
    abbreviations: ['Am J Prev Med'],
    issn: ['0749-3797', '1873-2607'],
    doi: ['10.1016/j.amepre']
  },
  {
    name: 'Environmental Health Perspectives',
    abbreviations: ['Environ Health Perspect', 'EHP'],
    issn: ['0091-6765', '1552-9924'],
    doi: ['10.1289/ehp']
  },
  {
    name: 'Environmental Health',
    abbreviations: ['Environ Health'],
    issn: ['1476-069X'],
    doi: ['10.1186/s12940'],
    firstVolumeYear: 2002
  },
  {
    name: 'International Journal of Environmental Research and Public Health',
    abbreviations: ['Int J Environ Res Public Health', 'IJERPH'],
    issn: ['1660-4601'],
    doi: ['10.3390/ijerph'],
    firstVolumeYear: 2004
  },
  {
    name: 'Frontiers in Public Health',
    abbreviations: ['Front Public Health'],
    issn: ['2296-2565'],
    doi: ['10.3389/fpubh'],
    firstVolumeYear: 2013
  },

  // Nutrition and food science.
  {name: 'Nutrients', abbreviations: [], issn: ['2072-6643'], doi: ['10.3390/nu'], firstVolumeYear: 2009, common: true},
  {
    name: 'The American Journal of Clinical Nutrition',
    abbreviations: ['Am J Clin Nutr', 'AJCN', 'American Journal of Clinical Nutrition'],
    issn: ['0002-9165', '1938-3207'],
    doi: ['10.1093/ajcn', '10.3945/ajcn', '10.1016/j.ajcnut'],
    urls: ['academic.oup.com/ajcn/', 'ajcn.nutrition.org']
  },
  {
    name: 'The Journal of Nutrition',
    abbreviations: ['J Nutr', 'Journal of Nutrition'],
    issn: ['0022-3166', '1541-6100'],
    doi: ['10.1093/jn', '10.3945/jn', '10.1016/j.tjnut'],
    urls: ['academic.oup.com/jn/', 'jn.nutrition.org']
  },
  {
    name: 'Advances in Nutrition',
    abbreviations: ['Adv Nutr'],
    issn: ['2161-8313', '2156-5376'],
    doi: ['10.1093/advances', '10.3945/an', '10.1016/j.advnut'],
    urls: ['academic.oup.com/advances/']
  },
  {
    name: 'Current Developments in Nutrition',
    abbreviations: ['Curr Dev Nutr'],
    issn: ['2475-2991'],
    doi: ['10.1093/cdn'],
    urls: ['academic.oup.com/cdn/'],
    firstVolumeYear: 2017
  },
  {
    name: 'Nutrition Reviews',
    abbreviations: ['Nutr Rev'],
    issn: ['0029-6643', '1753-4887'],
    doi: ['10.1093/nutrit', '10.1111/j.1753-4887'],
    urls: ['academic.oup.com/nutritionreviews/']
  },
  {
    name: 'British Journal of Nutrition',
    abbreviations: ['Br J Nutr', 'The British Journal of Nutrition'],
    issn: ['0007-1145', '1475-2662'],
    doi: ['10.1017/s0007114']
  },
  {
    name: 'European Journal of Clinical Nutrition',
    abbreviations: ['Eur J Clin Nutr'],
    issn: ['0954-3007', '1476-5640'],
    doi: ['10.1038/ejcn', '10.1038/s41430']
  },
  {
    name: 'European Journal of Nutrition',
    abbreviations: ['Eur J Nutr'],
    issn: ['1436-6207', '1436-6215'],
    doi: ['10.1007/s00394']
  },
  {name: 'Clinical Nutrition', abbreviations: ['Clin Nutr'], issn: ['0261-5614', '1532-1983'], doi: ['10.1016/j.clnu']},
  {
    name: 'Clinical Nutrition ESPEN',
    abbreviations: ['Clin Nutr ESPEN'],
    issn: ['2405-4577'],
    doi: ['10.1016/j.clnesp']
  },
  {name: 'Nutrition', abbreviations: [], issn: ['0899-9007', '1873-1244'], doi: ['10.1016/j.nut'], common: true},
  {
    name: 'Nutrition Journal',
    abbreviations: ['Nutr J'],
    issn: ['1475-2891'],
    doi: ['10.1186/s12937', '10.1186/1475-2891'],
    urls: ['nutritionj.biomedcentral.com'],
    firstVolumeYear: 2002
  },
  {
    name: 'Nutrition & Metabolism',
    abbreviations: ['Nutr Metab (Lond)', 'Nutr Metab', 'Nutrition and Metabolism'],
    issn: ['1743-7075'],
    doi: ['10.1186/s12986', '10.1186/1743-7075'],
    firstVolumeYear: 2004
  },
  {
    name: 'Nutrition & Diabetes',
    abbreviations: ['Nutr Diabetes', 'Nutrition and Diabetes'],
    issn: ['2044-4052'],
    doi: ['10.1038/nutd', '10.1038/s41387']
  },
  {
    name: 'Critical Reviews in Food Science and Nutrition',
    abbreviations: ['Crit Rev Food Sci Nutr'],
    issn: ['1040-8398', '1549-7852'],
    doi: ['10.1080/10408398']
  },
  {
    name: 'Journal of the Academy of Nutrition and Dietetics',
    abbreviations: ['J Acad Nutr Diet'],
    issn: ['2212-2672', '2212-2680'],
    doi: ['10.1016/j.jand']
  },
  {
    name: 'Public Health Nutrition',
    abbreviations: ['Public Health Nutr'],
    issn: ['1368-9800', '1475-2727'],
    doi: ['10.1017/s1368980']
  },
  {
    name: 'Frontiers in Nutrition',
    abbreviations: ['Front Nutr'],
    issn: ['2296-861X'],
    doi: ['10.3389/fnut'],
    firstVolumeYear: 2014
  },
  {
    name: 'Journal of the International Society of Sports Nutrition',
    abbreviations: ['J Int Soc Sports Nutr', 'JISSN'],
    issn: ['1550-2783'],
    doi: ['10.1186/s12970', '10.1186/1550-2783', '10.1080/15502783'],
    firstVolumeYear: 2004
  },
  {
    name: 'International Journal of Sport Nutrition and Exercise Metabolism',
    abbreviations: ['Int J Sport Nutr Exerc Metab'],
    issn: ['1526-484X', '1543-2742'],
    doi: ['10.1123/ijsnem']
  },
  {
    name: 'Nutrition, Metabolism and Cardiovascular Diseases',
    abbreviations: ['Nutr Metab Cardiovasc Dis', 'NMCD'],
    issn: ['0939-4753', '1590-3729'],
    doi: ['10.1016/j.numecd']
  },
  {
    name: 'Journal of Agricultural and Food Chemistry',
    abbreviations: ['J Agric Food Chem'],
    issn: ['0021-8561', '1520-5118'],
    doi: ['10.1021/jf', '10.1021/acs.jafc']
  },
  {name: 'Food Chemistry', abbreviations: ['Food Chem'], issn: ['0308-8146', '1873-7072'], doi: ['10.1016/j.foodchem']},
  {name: 'Food & Function', abbreviations: ['Food Funct', 'Food and Function'], issn: ['2042-6496', '2042-650X']},
  {name: 'Foods', abbreviations: [], issn: ['2304-8158'], doi: ['10.3390/foods'], firstVolumeYear: 2012, common: true},
  {name: 'Appetite', abbreviations: [], issn: ['0195-6663', '1095-8304'], doi: ['10.1016/j.appet'], common: true},
  {
    name: 'Journal of the American College of Nutrition',
    abbreviations: ['J Am Coll Nutr'],
    issn: ['0731-5724', '1541-1087'],
    doi: ['10.1080/07315724']
  },
  {name: 'Annals of Nutrition and Metabolism', abbreviations: ['Ann Nutr Metab'], issn: ['0250-6807', '1421-9697']},
  {
    name: 'Nutrition Research',
    abbreviations: ['Nutr Res'],
    issn: ['0271-5317', '1879-0739'],
    doi: ['10.1016/j.nutres']
  },
  {
    name: 'Molecular Nutrition & Food Research',
    abbreviations: ['Mol Nutr Food Res'],
    issn: ['1613-4125', '1613-4133'],
    doi: ['10.1002/mnfr']
  },
  {
    name: 'Nutrition and Cancer',
    abbreviations: ['Nutr Cancer'],
    issn: ['0163-5581', '1532-7914'],
    doi: ['10.1080/01635581']
  },
  {
    name: 'The Journal of Nutritional Biochemistry',
    abbreviations: ['J Nutr Biochem', 'Journal of Nutritional Biochemistry'],
    issn: ['0955-2863', '1873-4847'],
    doi: ['10.1016/j.jnutbio']
  },
  {
    name: 'Journal of Human Nutrition and Dietetics',
    abbreviations: ['J Hum Nutr Diet'],
    issn: ['0952-3871', '1365-277X'],
    doi: ['10.1111/jhn']
  },
  {
    name: 'Nutrition in Clinical Practice',
    abbreviations: ['Nutr Clin Pract'],
    issn: ['0884-5336', '1941-2452'],
    doi: ['10.1002/ncp', '10.1177/0884533']
  },
  {
    name: 'Nutritional Neuroscience',
    abbreviations: ['Nutr Neurosci'],
    issn: ['1028-415X', '1476-8305'],
    doi: ['10.1080/1028415x']
  },
  {
    name: 'Journal of Dietary Supplements',
    abbreviations: ['J Diet Suppl'],
    issn: ['1939-0211', '1939-022X'],
    doi: ['10.1080/19390211']
  },
  {
    name: 'Annual Review of Nutrition',
    abbreviations: ['Annu Rev Nutr'],
    issn: ['0199-9885', '1545-4312'],
    doi: ['10.1146/annurev-nutr', '10.1146/annurev.nutr']
  },
  {
    name: 'Current Opinion in Clinical Nutrition and Metabolic Care',
    abbreviations: ['Curr Opin Clin Nutr Metab Care'],
    issn: ['1363-1950', '1473-6519'],
    doi: ['10.1097/mco']
  },
  {
    name: 'Proceedings of the Nutrition Society',
    abbreviations: ['Proc Nutr Soc'],
    issn: ['0029-6651', '1475-2719'],
    doi: ['10.1017/s0029665']
  },
  {name: 'Nutrition Bulletin', abbreviations: ['Nutr Bull'], issn: ['1471-9827', '1467-3010'], doi: ['10.1111/nbu']},
  {
    name: 'The Journal of Nutrition, Health & Aging',
    abbreviations: ['J Nutr Health Aging', 'Journal of Nutrition, Health and Aging'],
    issn: ['1279-7707', '1760-4788'],
    doi: ['10.1007/s12603']
  },
  {name: 'Journal of Functional Foods', abbreviations: ['J Funct Foods'], issn: ['1756-4646'], doi: ['10.1016/j.jff']},
  {
    name: 'Journal of Medicinal Food',
    abbreviations: ['J Med Food'],
    issn: ['1096-620X', '1557-7600'],
    doi: ['10.1089/jmf']
  },
  {
    name: 'Antioxidants',
    abbreviations: ['Antioxidants (Basel)'],
    issn: ['2076-3921'],
    doi: ['10.3390/antiox'],
    firstVolumeYear: 2012,
    common: true
  },

  // Complementary medicine and natural products.
  {
    name: 'Phytotherapy Research',
    abbreviations: ['Phytother Res'],
    issn: ['0951-418X', '1099-1573'],
    doi: ['10.1002/ptr']
  },
  {
    name: 'Journal of Ethnopharmacology',
    abbreviations: ['J Ethnopharmacol'],
    issn: ['0378-8741', '1872-7573'],
    doi: ['10.1016/j.jep']
  },
  {name: 'Phytomedicine', abbreviations: [], issn: ['0944-7113', '1618-095X'], doi: ['10.1016/j.phymed']},
  {
    name: 'Evidence-Based Complementary and Alternative Medicine',
    abbreviations: ['Evid Based Complement Alternat Med', 'eCAM'],
    issn: ['1741-427X', '1741-4288']
  },
  {
    name: 'BMC Complementary Medicine and Therapies',
    abbreviations: [
      'BMC Complement Med Ther',
      'BMC Complementary and Alternative Medicine',
      'BMC Complement Altern Med'
    ],
    issn: ['2662-7671', '1472-6882'],
    doi: ['10.1186/s12906']
  },
  {
    name: 'Complementary Therapies in Medicine',
    abbreviations: ['Complement Ther Med'],
    issn: ['0965-2299', '1873-6963'],
    doi: ['10.1016/j.ctim']
  },
  {
    name: 'Journal of Alternative and Complementary Medicine',
    abbreviations: ['J Altern Complement Med', 'The Journal of Alternative and Complementary Medicine'],
    issn: ['1075-5535', '1557-7708'],
    doi: ['10.1089/acm']
  },
  {
    name: 'Integrative Cancer Therapies',
    abbreviations: ['Integr Cancer Ther'],
    issn: ['1534-7354', '1552-695X'],
    doi: ['10.1177/1534735']
  },
  {name: 'Pharmacognosy Reviews', abbreviations: ['Pharmacogn Rev'], issn: ['0973-7847', '0976-2787']},
  {name: 'Marine Drugs', abbreviations: ['Mar Drugs'], issn: ['1660-3397'], doi: ['10.3390/md'], firstVolumeYear: 2003},
  {
    name: 'Molecules',
    abbreviations: ['Molecules (Basel, Switzerland)'],
    issn: ['1420-3049'],
    doi: ['10.3390/molecules'],
    firstVolumeYear: 1996,
    common: true
  },
  {
    name: 'International Journal of Molecular Sciences',
    abbreviations: ['Int J Mol Sci', 'IJMS'],
    issn: ['1422-0067'],
    doi: ['10.3390/ijms'],
    firstVolumeYear: 2000
  },
  {name: 'Biomedicines', abbreviations: [], issn: ['2227-9059'], doi: ['10.3390/biomedicines'], firstVolumeYear: 2013},
  {
    name: 'Cancers',
    abbreviations: ['Cancers (Basel)'],
    issn: ['2072-6694'],
    doi: ['10.3390/cancers'],
    firstVolumeYear: 2009,
    common: true
  },
  {
    name: 'Microorganisms',
    abbreviations: [],
    issn: ['2076-2607'],
    doi: ['10.3390/microorganisms'],
    firstVolumeYear: 2013,
    common: true
  },
  {
    name: 'Healthcare',
    abbreviations: ['Healthcare (Basel)'],
    issn: ['2227-9032'],
    doi: ['10.3390/healthcare'],
    firstVolumeYear: 2013,
    common: true
  },
  {
    name: 'Medicina',
    abbreviations: ['Medicina (Kaunas)'],
    issn: ['1010-660X', '1648-9144'],
    doi: ['10.3390/medicina'],
    firstVolumeYear: 1965
  },
  {name: 'Cells', abbreviations: [], issn: ['2073-4409'], doi: ['10.3390/cells'], firstVolumeYear: 2012, common: true},
  {
    name: 'Brain Sciences',
    abbreviations: ['Brain Sci'],
    issn: ['2076-3425'],
    doi: ['10.3390/brainsci'],
    firstVolumeYear: 2011
  },
  {
    name: 'Metabolites',
    abbreviations: [],
    issn: ['2218-1989'],
    doi: ['10.3390/metabo'],
    firstVolumeYear: 2011,
    common: true
  },
  {
    name: 'Pharmaceuticals',
    abbreviations: ['Pharmaceuticals (Basel)'],
    issn: ['1424-8247'],
    doi: ['10.3390/ph'],
    firstVolumeYear: 2008,
    common: true
  },
  {
    name: 'Toxins',
    abbreviations: [],
    issn: ['2072-6651'],
    doi: ['10.3390/toxins'],
    firstVolumeYear: 2009,
    common: true
  },
  {name: 'Viruses', abbreviations: [], issn: ['1999-4915'], doi: ['10.3390/v'], firstVolumeYear: 2009, common: true},
  {name: 'Life Sciences', abbreviations: ['Life Sci'], issn: ['0024-3205', '1879-0631'], doi: ['10.1016/j.lfs']},

  // Gastroenterology and the microbiome.
  {
    name: 'Gut',
    abbreviations: [],
    issn: ['0017-5749', '1468-3288'],
    doi: ['10.1136/gut', '10.1136/gutjnl'],
    urls: ['gut.bmj.com'],
    common: true
  },
  {
    name: 'Gastroenterology',
    abbreviations: [],
    issn: ['0016-5085', '1528-0012'],
    doi: ['10.1053/j.gastro'],
    common: true
  },
  {
    name: 'The American Journal of Gastroenterology',
    abbreviations: ['Am J Gastroenterol', 'American Journal of Gastroenterology'],
    issn: ['0002-9270', '1572-0241'],
    doi: ['10.1038/ajg', '10.14309/ajg']
  },
  {
    name: 'Alimentary Pharmacology & Therapeutics',
    abbreviations: ['Aliment Pharmacol Ther', 'Alimentary Pharmacology and Therapeutics'],
    issn: ['0269-2813', '1365-2036'],
    doi: ['10.1111/apt']
  },
  {
    name: 'World Journal of Gastroenterology',
    abbreviations: ['World J Gastroenterol', 'WJG'],
    issn: ['1007-9327', '2219-2840'],
    doi: ['10.3748/wjg'],
    firstVolumeYear: 1995
  },
  {
    name: 'Nature Reviews Gastroenterology & Hepatology',
    abbreviations: ['Nat Rev Gastroenterol Hepatol'],
    issn: ['1759-5045', '1759-5053'],
    doi: ['10.1038/nrgastro', '10.1038/s41575']
  },
  {
    name: 'Clinical Gastroenterology and Hepatology',
    abbreviations: ['Clin Gastroenterol Hepatol'],
    issn: ['1542-3565', '1542-7714'],
    doi: ['10.1016/j.cgh']
  },
  {
    name: 'Neurogastroenterology and Motility',
    abbreviations: ['Neurogastroenterol Motil', 'Neurogastroenterology & Motility'],
    issn: ['1350-1925', '1365-2982'],
    doi: ['10.1111/nmo']
  },
  {
    name: 'Journal of Clinical Gastroenterology',
    abbreviations: ['J Clin Gastroenterol'],
    issn: ['0192-0790', '1539-2031']
  },
  {name: 'Hepatology', abbreviations: [], issn: ['0270-9139', '1527-3350'], doi: ['10.1002/hep'], common: true},
  {
    name: 'Journal of Hepatology',
    abbreviations: ['J Hepatol'],
    issn: ['0168-8278', '1600-0641'],
    doi: ['10.1016/j.jhep']
  },
  {name: 'BMC Gastroenterology', abbreviations: ['BMC Gastroenterol'], issn: ['1471-230X'], doi: ['10.1186/s12876']},
  {
    name: 'Microbiome',
    abbreviations: [],
    issn: ['2049-2618'],
    doi: ['10.1186/s40168'],
    urls: ['microbiomejournal.biomedcentral.com'],
    firstVolumeYear: 2013,
    common: true
  },
  {
    name: 'Gut Microbes',
    abbreviations: [],
    issn: ['1949-0976', '1949-0984'],
    doi: ['10.1080/19490976', '10.4161/gmic'],
    firstVolumeYear: 2010
  },
  {
    name: 'Frontiers in Microbiology',
    abbreviations: ['Front Microbiol'],
    issn: ['1664-302X'],
    doi: ['10.3389/fmicb'],
    firstVolumeYear: 2010
  },
  {
    name: 'Frontiers in Cellular and Infection Microbiology',
    abbreviations: ['Front Cell Infect Microbiol'],
    issn: ['2235-2988'],
    doi: ['10.3389/fcimb'],
    firstVolumeYear: 2011
  },
  {
    name: 'Nature Reviews Microbiology',
    abbreviations: ['Nat Rev Microbiol'],
    issn: ['1740-1526', '1740-1534'],
    doi: ['10.1038/nrmicro', '10.1038/s41579']
  },
  {
    name: 'Cell Host & Microbe',
    abbreviations: ['Cell Host Microbe', 'Cell Host and Microbe'],
    issn: ['1931-3128', '1934-6069'],
    doi: ['10.1016/j.chom']
  },
  {
    name: 'Beneficial Microbes',
    abbreviations: ['Benef Microbes'],
    issn: ['1876-2883', '1876-2891'],
    doi: ['10.3920/bm']
  },

  // Cardiology, diabetes, obesity and endocrinology.
  {
    name: 'Circulation',
    abbreviations: [],
    issn: ['0009-7322', '1524-4539'],
    doi: ['10.1161/circulationaha', '10.1161/cir'],
    common: true
  },
  {
    name: 'Stroke',
    abbreviations: [],
    issn: ['0039-2499', '1524-4628'],
    doi: ['10.1161/strokeaha', '10.1161/str'],
    common: true
  },
  {
    name: 'Hypertension',
    abbreviations: [],
    issn: ['0194-911X', '1524-4563'],
    doi: ['10.1161/hypertensionaha', '10.1161/hyp'],
    common: true
  },
  {
    name: 'Journal of the American Heart Association',
    abbreviations: ['J Am Heart Assoc', 'JAHA'],
    issn: ['2047-9980'],
    doi: ['10.1161/jaha'],
    firstVolumeYear: 2012
  },
  {
    name: 'Journal of the American College of Cardiology',
    abbreviations: ['J Am Coll Cardiol', 'JACC'],
    issn: ['0735-1097', '1558-3597'],
    doi: ['10.1016/j.jacc']
  },
  {
    name: 'European Heart Journal',
    abbreviations: ['Eur Heart J'],
    issn: ['0195-668X', '1522-9645'],
    doi: ['10.1093/eurheartj'],
    urls: ['academic.oup.com/eurheartj/']
  },
  {
    name: 'Heart',
    abbreviations: [],
    issn: ['1355-6037', '1468-201X'],
    doi: ['10.1136/heartjnl', '10.1136/hrt'],
    urls: ['heart.bmj.com'],
    common: true
  },
  {
    name: 'Atherosclerosis',
    abbreviations: [],
    issn: ['0021-9150', '1879-1484'],
    doi: ['10.1016/j.atherosclerosis'],
    common: true
  },
  {name: 'Diabetes Care', abbreviations: [], issn: ['0149-5992', '1935-5548'], doi: ['10.2337/dc']},
  {name: 'Diabetes', abbreviations: [], issn: ['0012-1797', '1939-327X'], doi: ['10.2337/db'], common: true},
  {name: 'Diabetologia', abbreviations: [], issn: ['0012-186X', '1432-0428'], doi: ['10.1007/s00125']},
  {
    name: 'Diabetes, Obesity and Metabolism',
    abbreviations: ['Diabetes Obes Metab'],
    issn: ['1462-8902', '1463-1326'],
    doi: ['10.1111/dom']
  },
  {
    name: 'The Journal of Clinical Endocrinology and Metabolism',
    abbreviations: [
      'J Clin Endocrinol Metab',
      'JCEM',
      'Journal of Clinical Endocrinology & Metabolism',
      'Journal of Clinical Endocrinology and Metabolism'
    ],
    issn: ['0021-972X', '1945-7197'],
    doi: ['10.1210/jc'],
    urls: ['academic.oup.com/jcem/']
  },
  {name: 'Endocrine Reviews', abbreviations: ['Endocr Rev'], issn: ['0163-769X', '1945-7189'], doi: ['10.1210/er']},
  {
    name: 'Nature Reviews Endocrinology',
    abbreviations: ['Nat Rev Endocrinol'],
    issn: ['1759-5029', '1759-5037'],
    doi: ['10.1038/nrendo', '10.1038/s41574']
  },
  {
    name: 'Reviews in Endocrine and Metabolic Disorders',
    abbreviations: ['Rev Endocr Metab Disord'],
    issn: ['1389-9155', '1573-2606'],
    doi: ['10.1007/s11154']
  },
  {
    name: 'Frontiers in Endocrinology',
    abbreviations: ['Front Endocrinol (Lausanne)', 'Front Endocrinol'],
    issn: ['1664-2392'],
    doi: ['10.3389/fendo'],
    firstVolumeYear: 2010
  },
  {
    name: 'Obesity',
    abbreviations: ['Obesity (Silver Spring)'],
    issn: ['1930-7381', '1930-739X'],
    doi: ['10.1002/oby', '10.1038/oby'],
    common: true
  },
  {
    name: 'International Journal of Obesity',
    abbreviations: ['Int J Obes (Lond)', 'Int J Obes'],
    issn: ['0307-0565', '1476-5497'],
    doi: ['10.1038/ijo', '10.1038/s41366']
  },
  {name: 'Obesity Reviews', abbreviations: ['Obes Rev'], issn: ['1467-7881', '1467-789X'], doi: ['10.1111/obr']},
  {
    name: 'Metabolism',
    abbreviations: ['Metabolism: Clinical and Experimental'],
    issn: ['0026-0495', '1532-8600'],
    doi: ['10.1016/j.metabol'],
    common: true
  },
  {name: 'Thyroid', abbreviations: [], issn: ['1050-7256', '1557-9077'], doi: ['10.1089/thy'], common: true},
  {
    name: 'Osteoporosis International',
    abbreviations: ['Osteoporos Int'],
    issn: ['0937-941X', '1433-2965'],
    doi: ['10.1007/s00198']
  },
  {
    name: 'Journal of Bone and Mineral Research',
    abbreviations: ['J Bone Miner Res', 'JBMR'],
    issn: ['0884-0431', '1523-4681'],
    doi: ['10.1002/jbmr']
  },
  {
    name: 'Kidney International',
    abbreviations: ['Kidney Int'],
    issn: ['0085-2538', '1523-1755'],
    doi: ['10.1016/j.kint', '10.1038/ki']
  },

  // Psychiatry, neuroscience and sleep.
  {
    name: 'Sleep',
    abbreviations: [],
    issn: ['0161-8105', '1550-9109'],
    doi: ['10.1093/sleep'],
    urls: ['academic.oup.com/sleep/'],
    common: true
  },
  {name: 'Sleep Medicine', abbreviations: ['Sleep Med'], issn: ['1389-9457', '1878-5506'], doi: ['10.1016/j.sleep']},
  {
    name: 'Sleep Medicine Reviews',
    abbreviations: ['Sleep Med Rev'],
    issn: ['1087-0792', '1532-2955'],
    doi: ['10.1016/j.smrv']
  },
  {
    name: 'Journal of Clinical Sleep Medicine',
    abbreviations: ['J Clin Sleep Med', 'JCSM'],
    issn: ['1550-9389', '1550-9397'],
    doi: ['10.5664/jcsm']
  },
  {
    name: 'Journal of Sleep Research',
    abbreviations: ['J Sleep Res'],
    issn: ['0962-1105', '1365-2869'],
    doi: ['10.1111/jsr']
  },
  {
    name: 'The American Journal of Psychiatry',
    abbreviations: ['Am J Psychiatry', 'American Journal of Psychiatry'],
    issn: ['0002-953X', '1535-7228'],
    doi: ['10.1176/appi.ajp']
  },
  {
    name: 'The British Journal of Psychiatry',
    abbreviations: ['Br J Psychiatry', 'British Journal of Psychiatry'],
    issn: ['0007-1250', '1472-1465'],
    doi: ['10.1192/bjp']
  },
  {
    name: 'Journal of Affective Disorders',
    abbreviations: ['J Affect Disord'],
    issn: ['0165-0327', '1573-2517'],
    doi: ['10.1016/j.jad']
  },
  {
    name: 'Journal of Psychiatric Research',
    abbreviations: ['J Psychiatr Res'],
    issn: ['0022-3956', '1879-1379'],
    doi: ['10.1016/j.jpsychires']
  },
  {
    name: 'Psychiatry Research',
    abbreviations: ['Psychiatry Res'],
    issn: ['0165-1781', '1872-7123'],
    doi: ['10.1016/j.psychres']
  },
  {
    name: 'Depression and Anxiety',
    abbreviations: ['Depress Anxiety'],
    issn: ['1091-4269', '1520-6394'],
    doi: ['10.1002/da']
  },
  {
    name: 'Psychological Medicine',
    abbreviations: ['Psychol Med'],
    issn: ['0033-2917', '1469-8978'],
    doi: ['10.1017/s0033291']
  },
  {name: 'Psychoneuroendocrinology', abbreviations: [], issn: ['0306-4530', '1873-3360'], doi: ['10.1016/j.psyneuen']},
  {
    name: 'Brain, Behavior, and Immunity',
    abbreviations: ['Brain Behav Immun'],
    issn: ['0889-1591', '1090-2139'],
    doi: ['10.1016/j.bbi']
  },
  {
    name: 'Molecular Psychiatry',
    abbreviations: ['Mol Psychiatry'],
    issn: ['1359-4184', '1476-5578'],
    doi: ['10.1038/mp', '10.1038/s41380']
  },
  {
    name: 'Translational Psychiatry',
    abbreviations: ['Transl Psychiatry'],
    issn: ['2158-3188'],
    doi: ['10.1038/tp', '10.1038/s41398'],
    firstVolumeYear: 2011
  },
  {
    name: 'Biological Psychiatry',
    abbreviations: ['Biol Psychiatry'],
    issn: ['0006-3223', '1873-2402'],
    doi: ['10.1016/j.biopsych']
  },
  {name: 'BMC Psychiatry', abbreviations: [], issn: ['1471-244X'], doi: ['10.1186/s12888'], firstVolumeYear: 2001},
  {
    name: 'Neuropsychopharmacology',
    abbreviations: [],
    issn: ['0893-133X', '1740-634X'],
    doi: ['10.1038/npp', '10.1038/s41386']
  },
  {
    name: 'European Neuropsychopharmacology',
    abbreviations: ['Eur Neuropsychopharmacol'],
    issn: ['0924-977X', '1873-7862'],
    doi: ['10.1016/j.euroneuro']
  },
  {
    name: 'Psychopharmacology',
    abbreviations: ['Psychopharmacology (Berl)'],
    issn: ['0033-3158', '1432-2072'],
    doi: ['10.1007/s00213'],
    common: true
  },
  {
    name: 'Journal of Psychopharmacology',
    abbreviations: ['J Psychopharmacol'],
    issn: ['0269-8811', '1461-7285'],
    doi: ['10.1177/0269881']
  },
  {
    name: 'Journal of Attention Disorders',
    abbreviations: ['J Atten Disord'],
    issn: ['1087-0547', '1557-1246'],
    doi: ['10.1177/1087054']
  },
  {
    name: 'Journal of the American Academy of Child and Adolescent Psychiatry',
    abbreviations: ['J Am Acad Child Adolesc Psychiatry', 'JAACAP'],
    issn: ['0890-8567', '1527-5418'],
    doi: ['10.1016/j.jaac']
  },
  {
    name: 'European Child & Adolescent Psychiatry',
    abbreviations: ['Eur Child Adolesc Psychiatry', 'European Child and Adolescent Psychiatry'],
    issn: ['1018-8827', '1435-165X'],
    doi: ['10.1007/s00787']
  },
  {
    name: 'Frontiers in Psychiatry',
    abbreviations: ['Front Psychiatry'],
    issn: ['1664-0640'],
    doi: ['10.3389/fpsyt'],
    firstVolumeYear: 2010
  },
  {
    name: 'Frontiers in Psychology',
    abbreviations: ['Front Psychol'],
    issn: ['1664-1078'],
    doi: ['10.3389/fpsyg'],
    firstVolumeYear: 2010
  },
  {
    name: 'Frontiers in Neuroscience',
    abbreviations: ['Front Neurosci'],
    issn: ['1662-453X', '1662-4548'],
    doi: ['10.3389/fnins'],
    firstVolumeYear: 2007
  },
  {
    name: 'Frontiers in Aging Neuroscience',
    abbreviations: ['Front Aging Neurosci'],
    issn: ['1663-4365'],
    doi: ['10.3389/fnagi'],
    firstVolumeYear: 2009
  },
  {
    name: 'Frontiers in Human Neuroscience',
    abbreviations: ['Front Hum Neurosci'],
    issn: ['1662-5161'],
    doi: ['10.3389/fnhum'],
    firstVolumeYear: 2007
  },
  {
    name: 'Frontiers in Immunology',
    abbreviations: ['Front Immunol'],
    issn: ['1664-3224'],
    doi: ['10.3389/fimmu'],
    firstVolumeYear: 2010
  },
  {
    name: 'Frontiers in Pharmacology',
    abbreviations: ['Front Pharmacol'],
    issn: ['1663-9812'],
    doi: ['10.3389/fphar'],
    firstVolumeYear: 2010
  },
  {name: 'Neuron', abbreviations: [], issn: ['0896-6273', '1097-4199'], doi: ['10.1016/j.neuron'], common: true},
  {name: 'Neurology', abbreviations: [], issn: ['0028-3878', '1526-632X'], doi: ['10.1212/wnl'], common: true},
  {
    name: 'Brain',
    abbreviations: ['Brain: A Journal of Neurology'],
    issn: ['0006-8950', '1460-2156'],
    doi: ['10.1093/brain'],
    urls: ['academic.oup.com/brain/'],
    common: true
  },
  {
    name: 'The Journal of Neuroscience',
    abbreviations: ['J Neurosci', 'Journal of Neuroscience'],
    issn: ['0270-6474', '1529-2401'],
    doi: ['10.1523/jneurosci']
  },
  {
    name: 'Journal of Neuroinflammation',
    abbreviations: ['J Neuroinflammation'],
    issn: ['1742-2094'],
    doi: ['10.1186/s12974'],
    firstVolumeYear: 2004
  },
  {
    name: "Journal of Alzheimer's Disease",
    abbreviations: ['J Alzheimers Dis'],
    issn: ['1387-2877', '1875-8908'],
    doi: ['10.3233/jad']
  },
  {
    name: "Alzheimer's & Dementia",
    abbreviations: ['Alzheimers Dement', "Alzheimer's and Dementia"],
    issn: ['1552-5260', '1552-5279'],
    doi: ['10.1016/j.jalz', '10.1002/alz']
  },
  {
    name: 'Neuroscience & Biobehavioral Reviews',
    abbreviations: ['Neurosci Biobehav Rev', 'Neuroscience and Biobehavioral Reviews'],
    issn: ['0149-7634', '1873-7528'],
    doi: ['10.1016/j.neubiorev']
  },
  {
    name: 'Stress and Health',
    abbreviations: ['Stress Health', 'Stress & Health'],
    issn: ['1532-3005', '1532-2998'],
    doi: ['10.1002/smi']
  },
  {
    name: 'Journal of Research in Medical Sciences',
    abbreviations: ['J Res Med Sci', 'The Journal of Research in Medical Sciences', 'JRMS'],
    issn: ['1735-1995', '1735-7136']
  },
  {name: 'Mindfulness', abbreviations: [], issn: ['1868-8527', '1868-8535'], doi: ['10.1007/s12671'], common: true},
  {name: 'Magnesium Research', abbreviations: ['Magnes Res'], issn: ['0953-1424', '1952-4021'], doi: ['10.1684/mrh']},
  {
    name: 'Biological Trace Element Research',
    abbreviations: ['Biol Trace Elem Res'],
    issn: ['0163-4984', '1559-0720'],
    doi: ['10.1007/s12011']
  },
  {
    name: 'Journal of Trace Elements in Medicine and Biology',
    abbreviations: ['J Trace Elem Med Biol'],
    issn: ['0946-672X', '1878-3252'],
    doi: ['10.1016/j.jtemb']
  },
  {
    name: 'Epilepsy Research',
    abbreviations: ['Epilepsy Res'],
    issn: ['0920-1211', '1872-6844'],
    doi: ['10.1016/j.eplepsyres']
  },
  {name: 'Cephalalgia', abbreviations: [], issn: ['0333-1024', '1468-2982'], doi: ['10.1177/0333102']},
  {
    name: 'Headache',
    abbreviations: ['Headache: The Journal of Head and Face Pain'],
    issn: ['0017-8748', '1526-4610'],
    doi: ['10.1111/head'],
    common: true
  },
  {name: 'Pain', abbreviations: [], issn: ['0304-3959', '1872-6623'], doi: ['10.1097/j.pain'], common: true},

  // Sports medicine and physiology.
  {
    name: 'British Journal of Sports Medicine',
    abbreviations: ['Br J Sports Med', 'BJSM', 'The British Journal of Sports Medicine'],
    issn: ['0306-3674', '1473-0480'],
    doi: ['10.1136/bjsports', '10.1136/bjsm'],
    urls: ['bjsm.bmj.com']
  },
  {
    name: 'Medicine & Science in Sports & Exercise',
    abbreviations: ['Med Sci Sports Exerc', 'MSSE', 'Medicine and Science in Sports and Exercise'],
    issn: ['0195-9131', '1530-0315'],
    doi: ['10.1249/mss']
  },
  {name: 'Sports Medicine', abbreviations: ['Sports Med'], issn: ['0112-1642', '1179-2035'], doi: ['10.1007/s40279']},
  {
    name: 'Journal of Applied Physiology',
    abbreviations: ['J Appl Physiol', 'J Appl Physiol (1985)'],
    issn: ['8750-7587', '1522-1601'],
    doi: ['10.1152/japplphysiol']
  },
  {
    name: 'The Journal of Physiology',
    abbreviations: ['J Physiol', 'Journal of Physiology'],
    issn: ['0022-3751', '1469-7793'],
    doi: ['10.1113/jphysiol']
  },
  {
    name: 'Journal of Strength and Conditioning Research',
    abbreviations: ['J Strength Cond Res'],
    issn: ['1064-8011', '1533-4287'],
    doi: ['10.1519/jsc']
  },
  {
    name: 'European Journal of Applied Physiology',
    abbreviations: ['Eur J Appl Physiol'],
    issn: ['1439-6319', '1439-6327'],
    doi: ['10.1007/s00421']
  },
  {
    name: 'Journal of Sports Sciences',
    abbreviations: ['J Sports Sci'],
    issn: ['0264-0414', '1466-447X'],
    doi: ['10.1080/02640414']
  },
  {
    name: 'Scandinavian Journal of Medicine & Science in Sports',
    abbreviations: ['Scand J Med Sci Sports', 'Scandinavian Journal of Medicine and Science in Sports'],
    issn: ['0905-7188', '1600-0838'],
    doi: ['10.1111/sms']
  },
  {
    name: 'Physiology & Behavior',
    abbreviations: ['Physiol Behav', 'Physiology and Behavior'],
    issn: ['0031-9384', '1873-507X'],
    doi: ['10.1016/j.physbeh']
  },

  // Oncology.
  {
    name: 'Journal of Clinical Oncology',
    abbreviations: ['J Clin Oncol', 'JCO'],
    issn: ['0732-183X', '1527-7755'],
    doi: ['10.1200/jco']
  },
  {
    name: 'Journal of the National Cancer Institute',
    abbreviations: ['J Natl Cancer Inst', 'JNCI'],
    issn: ['0027-8874', '1460-2105'],
    doi: ['10.1093/jnci'],
    urls: ['academic.oup.com/jnci/']
  },
  {
    name: 'JNCI Cancer Spectrum',
    abbreviations: ['JNCI Cancer Spectr'],
    issn: ['2515-5091'],
    doi: ['10.1093/jncics'],
    urls: ['academic.oup.com/jncics/'],
    firstVolumeYear: 2017
  },
  {
    name: 'International Journal of Cancer',
    abbreviations: ['Int J Cancer'],
    issn: ['0020-7136', '1097-0215'],
    doi: ['10.1002/ijc']
  },
  {
    name: 'British Journal of Cancer',
    abbreviations: ['Br J Cancer'],
    issn: ['0007-0920', '1532-1827'],
    doi: ['10.1038/bjc', '10.1038/s41416']
  },
  {name: 'Cancer', abbreviations: [], issn: ['0008-543X', '1097-0142'], doi: ['10.1002/cncr'], common: true},
  {
    name: 'Cancer Research',
    abbreviations: ['Cancer Res'],
    issn: ['0008-5472', '1538-7445'],
    doi: ['10.1158/0008-5472']
  },
  {
    name: 'Cancer Treatment Reviews',
    abbreviations: ['Cancer Treat Rev'],
    issn: ['0305-7372', '1532-1967'],
    doi: ['10.1016/j.ctrv']
  },
  {
    name: 'CA: A Cancer Journal for Clinicians',
    abbreviations: ['CA Cancer J Clin'],
    issn: ['0007-9235', '1542-4863'],
    doi: ['10.3322/caac']
  },
  {
    name: 'Annals of Oncology',
    abbreviations: ['Ann Oncol'],
    issn: ['0923-7534', '1569-8041'],
    doi: ['10.1093/annonc', '10.1016/j.annonc']
  },

  // Ageing, women's and children's health, dermatology, rheumatology and others.
  {
    name: 'Journal of the American Geriatrics Society',
    abbreviations: ['J Am Geriatr Soc'],
    issn: ['0002-8614', '1532-5415'],
    doi: ['10.1111/jgs']
  },
  {
    name: 'Age and Ageing',
    abbreviations: ['Age Ageing'],
    issn: ['0002-0729', '1468-2834'],
    doi: ['10.1093/ageing'],
    urls: ['academic.oup.com/ageing/']
  },
  {
    name: 'The Journals of Gerontology, Series A: Biological Sciences and Medical Sciences',
    abbreviations: ['J Gerontol A Biol Sci Med Sci'],
    issn: ['1079-5006', '1758-535X'],
    doi: ['10.1093/gerona'],
    urls: ['academic.oup.com/biomedgerontology/']
  },
  {
    name: 'Ageing Research Reviews',
    abbreviations: ['Ageing Res Rev'],
    issn: ['1568-1637', '1872-9649'],
    doi: ['10.1016/j.arr']
  },
  {
    name: 'Experimental Gerontology',
    abbreviations: ['Exp Gerontol'],
    issn: ['0531-5565', '1873-6815'],
    doi: ['10.1016/j.exger']
  },
  {name: 'Aging Cell', abbreviations: [], issn: ['1474-9718', '1474-9726'], doi: ['10.1111/acel']},
  {name: 'Autophagy', abbreviations: [], issn: ['1554-8627', '1554-8635'], doi: ['10.1080/15548627'], common: true},
  {name: 'Maturitas', abbreviations: [], issn: ['0378-5122', '1873-4111'], doi: ['10.1016/j.maturitas']},
  {name: 'Menopause', abbreviations: [], issn: ['1072-3714', '1530-0374'], doi: ['10.1097/gme'], common: true},
  {name: 'Pediatrics', abbreviations: [], issn: ['0031-4005', '1098-4275'], doi: ['10.1542/peds'], common: true},
  {
    name: 'The Journal of Pediatrics',
    abbreviations: ['J Pediatr', 'Journal of Pediatrics'],
    issn: ['0022-3476', '1097-6833'],
    doi: ['10.1016/j.jpeds']
  },
  {
    name: 'Archives of Disease in Childhood',
    abbreviations: ['Arch Dis Child'],
    issn: ['0003-9888', '1468-2044'],
    doi: ['10.1136/archdischild', '10.1136/adc'],
    urls: ['adc.bmj.com']
  },
  {
    name: 'American Journal of Obstetrics and Gynecology',
    abbreviations: ['Am J Obstet Gynecol'],
    issn: ['0002-9378', '1097-6868'],
    doi: ['10.1016/j.ajog']
  },
  {
    name: 'Obstetrics & Gynecology',
    abbreviations: ['Obstet Gynecol', 'Obstetrics and Gynecology'],
    issn: ['0029-7844', '1873-233X'],
    doi: ['10.1097/aog']
  },
  {
    name: 'Human Reproduction',
    abbreviations: ['Hum Reprod'],
    issn: ['0268-1161', '1460-2350'],
    doi: ['10.1093/humrep'],
    urls: ['academic.oup.com/humrep/']
  },
  {
    name: "Journal of Women's Health",
    abbreviations: ['J Womens Health (Larchmt)', 'J Womens Health'],
    issn: ['1540-9996', '1931-843X'],
    doi: ['10.1089/jwh']
  },
  {
    name: 'Journal of the American Academy of Dermatology',
    abbreviations: ['J Am Acad Dermatol', 'JAAD'],
    issn: ['0190-9622', '1097-6787'],
    doi: ['10.1016/j.jaad']
  },
  {
    name: 'Journal of Cosmetic Dermatology',
    abbreviations: ['J Cosmet Dermatol'],
    issn: ['1473-2130', '1473-2165'],
    doi: ['10.1111/jocd']
  },
  {name: 'Journal of Drugs in Dermatology', abbreviations: ['J Drugs Dermatol'], issn: ['1545-9616']},
  {
    name: 'Photobiomodulation, Photomedicine, and Laser Surgery',
    abbreviations: ['Photobiomodul Photomed Laser Surg'],
    issn: ['2578-5478', '2578-5486'],
    doi: ['10.1089/photob']
  },
  {
    name: 'Lasers in Medical Science',
    abbreviations: ['Lasers Med Sci'],
    issn: ['0268-8921', '1435-604X'],
    doi: ['10.1007/s10103']
  },
  {
    name: 'Arthritis & Rheumatology',
    abbreviations: ['Arthritis Rheumatol', 'Arthritis and Rheumatology'],
    issn: ['2326-5191', '2326-5205'],
    doi: ['10.1002/art']
  },
  {
    name: 'Annals of the Rheumatic Diseases',
    abbreviations: ['Ann Rheum Dis'],
    issn: ['0003-4967', '1468-2060'],
    doi: ['10.1136/annrheumdis', '10.1136/ard'],
    urls: ['ard.bmj.com']
  },
  {
    name: 'Osteoarthritis and Cartilage',
    abbreviations: ['Osteoarthritis Cartilage'],
    issn: ['1063-4584', '1522-9653'],
    doi: ['10.1016/j.joca']
  },
  {
    name: 'Thorax',
    abbreviations: [],
    issn: ['0040-6376', '1468-3296'],
    doi: ['10.1136/thx', '10.1136/thoraxjnl'],
    urls: ['thorax.bmj.com']
  },
  {
    name: 'Chest',
    abbreviations: [],
    issn: ['0012-3692', '1931-3543'],
    doi: ['10.1016/j.chest', '10.1378/chest'],
    common: true
  },
  {
    name: 'Clinical Infectious Diseases',
    abbreviations: ['Clin Infect Dis'],
    issn: ['1058-4838', '1537-6591'],
    doi: ['10.1093/cid'],
    urls: ['academic.oup.com/cid/']
  },
  {
    name: 'The Journal of Infectious Diseases',
    abbreviations: ['J Infect Dis', 'Journal of Infectious Diseases'],
    issn: ['0022-1899', '1537-6613'],
    doi: ['10.1093/infdis'],
    urls: ['academic.oup.com/jid/']
  },
  {name: 'Vaccine', abbreviations: [], issn: ['0264-410X', '1873-2518'], doi: ['10.1016/j.vaccine'], common: true},
  {
    name: 'Free Radical Biology and Medicine',
    abbreviations: ['Free Radic Biol Med', 'Free Radical Biology & Medicine'],
    issn: ['0891-5849', '1873-4596'],
    doi: ['10.1016/j.freeradbiomed']
  },
  {name: 'Redox Biology', abbreviations: ['Redox Biol'], issn: ['2213-2317'], doi: ['10.1016/j.redox']},
  {
    name: 'Journal of Biological Chemistry',
    abbreviations: ['J Biol Chem', 'The Journal of Biological Chemistry'],
    issn: ['0021-9258', '1083-351X'],
    doi: ['10.1074/jbc']
  },
  {
    name: 'Expert Review of Clinical Pharmacology',
    abbreviations: ['Expert Rev Clin Pharmacol'],
    issn: ['1751-2433', '1751-2441'],
    doi: ['10.1586/17512433', '10.1080/17512433']
  },
  {name: 'Proceedings of the Royal Society of Medicine', abbreviations: ['Proc R Soc Med'], issn: []}
]
