"""CID 8112 Specimen Stain.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1050.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8112
NAME: Final[str] = "Specimen Stain"
KEYWORD: Final[str | None] = "SpecimenStain"
UID: Final[str | None] = "1.2.840.10008.6.1.1050"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AcidPhosphataseStain: Final[Code] = Code("SCT", "255792001", "acid phosphatase stain", (8112,))
"""acid phosphatase stain (SCT 255792001)."""

AlbertStain: Final[Code] = Code("SCT", "255793006", "Albert's stain", (8112,))
"""Albert's stain (SCT 255793006)."""

AlcianBlue8GXStain: Final[Code] = Code("SCT", "4656000", "alcian blue 8GX stain", (8112,))
"""alcian blue 8GX stain (SCT 4656000)."""

AlcoholSolubleNigrosineStain: Final[Code] = Code(
    "SCT", "47995002", "alcohol soluble nigrosine stain", (8112,)
)
"""alcohol soluble nigrosine stain (SCT 47995002)."""

AldehydeFuchsinStain: Final[Code] = Code("SCT", "406981005", "aldehyde fuchsin stain", (8112,))
"""aldehyde fuchsin stain (SCT 406981005)."""

AlizarinBlueSStain: Final[Code] = Code("SCT", "54432009", "alizarin blue S stain", (8112,))
"""alizarin blue S stain (SCT 54432009)."""

AlizarinCyanineGreenStain: Final[Code] = Code(
    "SCT", "21951008", "alizarin cyanine green stain", (8112,)
)
"""alizarin cyanine green stain (SCT 21951008)."""

AlizarinRedSStain: Final[Code] = Code("SCT", "65580004", "alizarin red S stain", (8112,))
"""alizarin red S stain (SCT 65580004)."""

AlizarinYellowGGStain: Final[Code] = Code("SCT", "27016007", "alizarin yellow GG stain", (8112,))
"""alizarin yellow GG stain (SCT 27016007)."""

AlizarinYellowRStain: Final[Code] = Code("SCT", "28622002", "alizarin yellow R stain", (8112,))
"""alizarin yellow R stain (SCT 28622002)."""

AlkalinePhosphataseStain: Final[Code] = Code(
    "SCT", "406971006", "alkaline phosphatase stain", (8112,)
)
"""alkaline phosphatase stain (SCT 406971006)."""

AnilineBlueStain: Final[Code] = Code("SCT", "406990003", "aniline blue stain", (8112,))
"""aniline blue stain (SCT 406990003)."""

AuramineStain: Final[Code] = Code("SCT", "255794000", "auramine stain", (8112,))
"""auramine stain (SCT 255794000)."""

AzoBlackStain: Final[Code] = Code("SCT", "85066006", "azo black stain", (8112,))
"""azo black stain (SCT 85066006)."""

AzocarmineGGXStain: Final[Code] = Code("SCT", "76048000", "azocarmine G (GX) stain", (8112,))
"""azocarmine G (GX) stain (SCT 76048000)."""

AzophloxinStain: Final[Code] = Code("SCT", "35609001", "azophloxin stain", (8112,))
"""azophloxin stain (SCT 35609001)."""

AzorubinSStain: Final[Code] = Code("SCT", "2159007", "azorubin S stain", (8112,))
"""azorubin S stain (SCT 2159007)."""

AzureAStain: Final[Code] = Code("SCT", "16836001", "azure A stain", (8112,))
"""azure A stain (SCT 16836001)."""

AzureBStain: Final[Code] = Code("SCT", "8926000", "azure B stain", (8112,))
"""azure B stain (SCT 8926000)."""

AzureCStain: Final[Code] = Code("SCT", "11069001", "azure C stain", (8112,))
"""azure C stain (SCT 11069001)."""

BauerChromicAcidLeucofuchsinStain: Final[Code] = Code(
    "SCT", "406982003", "bauer's chromic acid leucofuchsin stain", (8112,)
)
"""bauer's chromic acid leucofuchsin stain (SCT 406982003)."""

BenzoFastScarletStain: Final[Code] = Code("SCT", "27844007", "benzo fast scarlet stain", (8112,))
"""benzo fast scarlet stain (SCT 27844007)."""

BetaGlucuronidaseStain: Final[Code] = Code("SCT", "255795004", "beta-glucuronidase stain", (8112,))
"""beta-glucuronidase stain (SCT 255795004)."""

BiebrichScarletStain: Final[Code] = Code("SCT", "76605005", "biebrich scarlet stain", (8112,))
"""biebrich scarlet stain (SCT 76605005)."""

BismarkBrownRStain: Final[Code] = Code("SCT", "44488008", "bismark brown R stain", (8112,))
"""bismark brown R stain (SCT 44488008)."""

BismarkBrownYStain: Final[Code] = Code("SCT", "85190005", "bismark brown Y stain", (8112,))
"""bismark brown Y stain (SCT 85190005)."""

BlueShadeEosinStain: Final[Code] = Code("SCT", "1346008", "blue shade eosin stain", (8112,))
"""blue shade eosin stain (SCT 1346008)."""

BrazilinStain: Final[Code] = Code("SCT", "41750006", "brazilin stain", (8112,))
"""brazilin stain (SCT 41750006)."""

BrilliantCresylBlueStain: Final[Code] = Code(
    "SCT", "8342001", "brilliant cresyl blue stain", (8112,)
)
"""brilliant cresyl blue stain (SCT 8342001)."""

BrilliantCroceinStain: Final[Code] = Code("SCT", "86541009", "brilliant crocein stain", (8112,))
"""brilliant crocein stain (SCT 86541009)."""

BrilliantOrangeStain: Final[Code] = Code("SCT", "8429000", "brilliant orange stain", (8112,))
"""brilliant orange stain (SCT 8429000)."""

BrilliantYellowStain: Final[Code] = Code("SCT", "57753006", "brilliant yellow stain", (8112,))
"""brilliant yellow stain (SCT 57753006)."""

ButyrateEsteraseStain: Final[Code] = Code("SCT", "406955006", "butyrate esterase stain", (8112,))
"""butyrate esterase stain (SCT 406955006)."""

CarbolFuchsinStain: Final[Code] = Code("SCT", "764166003", "carbol fuchsin stain", (8112,))
"""carbol fuchsin stain (SCT 764166003)."""

CarmineStain: Final[Code] = Code("SCT", "73892005", "carmine stain", (8112,))
"""carmine stain (SCT 73892005)."""

CarminicAcidStain: Final[Code] = Code("SCT", "432003", "carminic acid stain", (8112,))
"""carminic acid stain (SCT 432003)."""

CarmoisineAStain: Final[Code] = Code("SCT", "37575004", "carmoisine A stain", (8112,))
"""carmoisine A stain (SCT 37575004)."""

CelestineBlueBStain: Final[Code] = Code("SCT", "38707008", "celestine blue B stain", (8112,))
"""celestine blue B stain (SCT 38707008)."""

ChloroacetateEsteraseStain: Final[Code] = Code(
    "SCT", "255796003", "chloroacetate esterase stain", (8112,)
)
"""chloroacetate esterase stain (SCT 255796003)."""

ChromicAcidStain: Final[Code] = Code("SCT", "406986000", "chromic acid stain", (8112,))
"""chromic acid stain (SCT 406986000)."""

Chromotrope2RStain: Final[Code] = Code("SCT", "85981002", "chromotrope 2R stain", (8112,))
"""chromotrope 2R stain (SCT 85981002)."""

ChrysoidineRStain: Final[Code] = Code("SCT", "10247008", "chrysoidine R stain", (8112,))
"""chrysoidine R stain (SCT 10247008)."""

ChrysoidineYStain: Final[Code] = Code("SCT", "16943008", "chrysoidine Y stain", (8112,))
"""chrysoidine Y stain (SCT 16943008)."""

ColloidalIronStain: Final[Code] = Code("SCT", "406952009", "colloidal iron stain", (8112,))
"""colloidal iron stain (SCT 406952009)."""

CongoRedStain: Final[Code] = Code("SCT", "45106005", "Congo red stain", (8112,))
"""Congo red stain (SCT 45106005)."""

CresylEchtVioletStain: Final[Code] = Code("SCT", "406960005", "cresyl echt violet stain", (8112,))
"""cresyl echt violet stain (SCT 406960005)."""

CresylVioletStain: Final[Code] = Code("SCT", "406959000", "cresyl violet stain", (8112,))
"""cresyl violet stain (SCT 406959000)."""

CrystalPonceauStain: Final[Code] = Code("SCT", "68459007", "crystal ponceau stain", (8112,))
"""crystal ponceau stain (SCT 68459007)."""

CurcuminStain: Final[Code] = Code("SCT", "89028002", "curcumin stain", (8112,))
"""curcumin stain (SCT 89028002)."""

DiamondBlackStain: Final[Code] = Code("SCT", "72572003", "diamond black stain", (8112,))
"""diamond black stain (SCT 72572003)."""

DurazolRedStain: Final[Code] = Code("SCT", "11780008", "durazol red stain", (8112,))
"""durazol red stain (SCT 11780008)."""

ErieGarnetStain: Final[Code] = Code("SCT", "40076005", "erie garnet stain", (8112,))
"""erie garnet stain (SCT 40076005)."""

EriochromeBlueBlackSEStain: Final[Code] = Code(
    "SCT", "58631000", "eriochrome blue black SE stain", (8112,)
)
"""eriochrome blue black SE stain (SCT 58631000)."""

ErythrosinBStain: Final[Code] = Code("SCT", "7434003", "erythrosin B stain", (8112,))
"""erythrosin B stain (SCT 7434003)."""

ErythrosinYStain: Final[Code] = Code("SCT", "5043000", "erythrosin Y stain", (8112,))
"""erythrosin Y stain (SCT 5043000)."""

EvansBlueStain: Final[Code] = Code("SCT", "22931006", "Evans blue stain", (8112,))
"""Evans blue stain (SCT 22931006)."""

FastBlueBSaltStain: Final[Code] = Code("SCT", "34700000", "fast blue B salt stain", (8112,))
"""fast blue B salt stain (SCT 34700000)."""

FastBlueBBSaltStain: Final[Code] = Code("SCT", "91295002", "fast blue BB salt stain", (8112,))
"""fast blue BB salt stain (SCT 91295002)."""

FastBlueRRSaltStain: Final[Code] = Code("SCT", "64112001", "fast blue RR salt stain", (8112,))
"""fast blue RR salt stain (SCT 64112001)."""

FastGarnetGBCSaltStain: Final[Code] = Code("SCT", "89148006", "fast garnet GBC salt stain", (8112,))
"""fast garnet GBC salt stain (SCT 89148006)."""

FastGreenFCFStain: Final[Code] = Code("SCT", "24167004", "fast green FCF stain", (8112,))
"""fast green FCF stain (SCT 24167004)."""

FastRedBSaltStain: Final[Code] = Code("SCT", "40718007", "fast red B salt stain", (8112,))
"""fast red B salt stain (SCT 40718007)."""

FastRedITRStain: Final[Code] = Code("SCT", "47486002", "fast red ITR stain", (8112,))
"""fast red ITR stain (SCT 47486002)."""

FastRedTRSaltStain: Final[Code] = Code("SCT", "76633005", "fast red TR salt stain", (8112,))
"""fast red TR salt stain (SCT 76633005)."""

FastSulfonBlackFStain: Final[Code] = Code("SCT", "88660000", "fast sulfon black F stain", (8112,))
"""fast sulfon black F stain (SCT 88660000)."""

FastVioletBSaltStain: Final[Code] = Code("SCT", "72371006", "fast violet B salt stain", (8112,))
"""fast violet B salt stain (SCT 72371006)."""

FatRed7BStain: Final[Code] = Code("SCT", "76439002", "fat red 7B stain", (8112,))
"""fat red 7B stain (SCT 76439002)."""

FeulgenReactionStain: Final[Code] = Code("SCT", "255797007", "Feulgen reaction stain", (8112,))
"""Feulgen reaction stain (SCT 255797007)."""

FieldStain: Final[Code] = Code("SCT", "255798002", "field's stain", (8112,))
"""field's stain (SCT 255798002)."""

FlagellarStain: Final[Code] = Code("SCT", "255799005", "Flagellar stain", (8112,))
"""Flagellar stain (SCT 255799005)."""

FluorescentStain: Final[Code] = Code("SCT", "35352008", "fluorescent stain", (8112,))
"""fluorescent stain (SCT 35352008)."""

FouchetStain: Final[Code] = Code("SCT", "406980006", "fouchet stain", (8112,))
"""fouchet stain (SCT 406980006)."""

FuchsinAcidStain: Final[Code] = Code("SCT", "60920007", "fuchsin acid stain", (8112,))
"""fuchsin acid stain (SCT 60920007)."""

FuchsinBasicStain: Final[Code] = Code("SCT", "50062004", "fuchsin basic stain", (8112,))
"""fuchsin basic stain (SCT 50062004)."""

GallocyanineStain: Final[Code] = Code("SCT", "8836009", "gallocyanine stain", (8112,))
"""gallocyanine stain (SCT 8836009)."""

GiemsaStain: Final[Code] = Code("SCT", "373646006", "giemsa stain", (8112,))
"""giemsa stain (SCT 373646006)."""

GramStain: Final[Code] = Code("SCT", "385484003", "gram stain", (8112,))
"""gram stain (SCT 385484003)."""

HanselStain: Final[Code] = Code("SCT", "406983008", "hansel stain", (8112,))
"""hansel stain (SCT 406983008)."""

HemateinStain: Final[Code] = Code("SCT", "75956008", "hematein stain", (8112,))
"""hematein stain (SCT 75956008)."""

HematoxylinStain: Final[Code] = Code("SCT", "12710003", "hematoxylin stain", (8112,))
"""hematoxylin stain (SCT 12710003)."""

ImmunofluorescentStain: Final[Code] = Code(
    "SCT", "255800009", "immunofluorescent stain", (4412, 8112)
)
"""immunofluorescent stain (SCT 255800009)."""

IndiaInkStain: Final[Code] = Code("SCT", "406972004", "India ink stain", (8112,))
"""India ink stain (SCT 406972004)."""

IndigoCarmine: Final[Code] = Code("SCT", "412548006", "indigo carmine", (8112,))
"""indigo carmine (SCT 412548006)."""

IndophenolFromNaphtholStain: Final[Code] = Code(
    "SCT", "11727009", "indophenol from naphthol stain", (8112,)
)
"""indophenol from naphthol stain (SCT 11727009)."""

InsolubleBerlinBlueStain: Final[Code] = Code(
    "SCT", "47030008", "insoluble berlin blue stain", (8112,)
)
"""insoluble berlin blue stain (SCT 47030008)."""

JanusGreenBStain: Final[Code] = Code("SCT", "68263003", "janus green B stain", (8112,))
"""janus green B stain (SCT 68263003)."""

JennerGiemsaStain: Final[Code] = Code("SCT", "255801008", "Jenner-Giemsa stain", (8112,))
"""Jenner-Giemsa stain (SCT 255801008)."""

KenacidBlueRStain: Final[Code] = Code("SCT", "29342009", "kenacid blue R stain", (8112,))
"""kenacid blue R stain (SCT 29342009)."""

LacmoidStain: Final[Code] = Code("SCT", "35724001", "lacmoid stain", (8112,))
"""lacmoid stain (SCT 35724001)."""

LeishmanStain: Final[Code] = Code("SCT", "255802001", "Leishman stain", (8112,))
"""Leishman stain (SCT 255802001)."""

LightGreenSFStain: Final[Code] = Code("SCT", "89139001", "light green SF stain", (8112,))
"""light green SF stain (SCT 89139001)."""

LissamineFastRedBStain: Final[Code] = Code("SCT", "6701008", "lissamine fast red B stain", (8112,))
"""lissamine fast red B stain (SCT 6701008)."""

LissamineFastYellowStain: Final[Code] = Code(
    "SCT", "25079009", "lissamine fast yellow stain", (8112,)
)
"""lissamine fast yellow stain (SCT 25079009)."""

LissamineGreenBStain: Final[Code] = Code("SCT", "38543004", "lissamine green B stain", (8112,))
"""lissamine green B stain (SCT 38543004)."""

LissamineRhodamineStain: Final[Code] = Code(
    "SCT", "111102009", "lissamine rhodamine stain", (8112,)
)
"""lissamine rhodamine stain (SCT 111102009)."""

LuxolFastBlueStain: Final[Code] = Code("SCT", "406958008", "luxol fast blue stain", (8112,))
"""luxol fast blue stain (SCT 406958008)."""

MalachiteGreenStain: Final[Code] = Code("SCT", "27120008", "malachite green stain", (8112,))
"""malachite green stain (SCT 27120008)."""

MalloryBleachStain: Final[Code] = Code("SCT", "406953004", "Mallory bleach stain", (8112,))
"""Mallory bleach stain (SCT 406953004)."""

MartiusYellowStain: Final[Code] = Code("SCT", "46139004", "martius yellow stain", (8112,))
"""martius yellow stain (SCT 46139004)."""

MayGrunwaldGiemsaStain: Final[Code] = Code("SCT", "255803006", "may-Grunwald giemsa stain", (8112,))
"""may-Grunwald giemsa stain (SCT 255803006)."""

MeldolaBlueStain: Final[Code] = Code("SCT", "24516006", "meldola blue stain", (8112,))
"""meldola blue stain (SCT 24516006)."""

MetanilYellowStain: Final[Code] = Code("SCT", "54791001", "metanil yellow stain", (8112,))
"""metanil yellow stain (SCT 54791001)."""

MethylBlueStain: Final[Code] = Code("SCT", "9010006", "methyl blue stain", (4412, 8112))
"""methyl blue stain (SCT 9010006)."""

MethylGreenPyroninStain: Final[Code] = Code(
    "SCT", "255804000", "methyl green pyronin stain", (8112,)
)
"""methyl green pyronin stain (SCT 255804000)."""

MethylOrangeStain: Final[Code] = Code("SCT", "42248000", "methyl orange stain", (8112,))
"""methyl orange stain (SCT 42248000)."""

MethylRedStain: Final[Code] = Code("SCT", "13744001", "methyl red stain", (8112,))
"""methyl red stain (SCT 13744001)."""

MethylVioletStain: Final[Code] = Code("SCT", "387239001", "methyl violet stain", (8112,))
"""methyl violet stain (SCT 387239001)."""

MethyleneBlueStain: Final[Code] = Code("SCT", "6725000", "methylene blue stain", (10, 8112))
"""methylene blue stain (SCT 6725000)."""

MethyleneVioletStain: Final[Code] = Code("SCT", "406961009", "methylene violet stain", (8112,))
"""methylene violet stain (SCT 406961009)."""

MethyleneVioletStainBernthsen: Final[Code] = Code(
    "SCT", "31260003", "methylene violet stain (Bernthsen)", (8112,)
)
"""methylene violet stain (Bernthsen) (SCT 31260003)."""

ModifiedTrichromeStain: Final[Code] = Code("SCT", "406991004", "modified trichrome stain", (8112,))
"""modified trichrome stain (SCT 406991004)."""

MucicarmineStain: Final[Code] = Code("SCT", "406964001", "mucicarmine stain", (8112,))
"""mucicarmine stain (SCT 406964001)."""

MyeloperoxidaseStain: Final[Code] = Code("SCT", "255805004", "myeloperoxidase stain", (8112,))
"""myeloperoxidase stain (SCT 255805004)."""

NaphthaleneBlack12BStain: Final[Code] = Code(
    "SCT", "16788000", "naphthalene black 12B stain", (8112,)
)
"""naphthalene black 12B stain (SCT 16788000)."""

NaphtholGreenBStain: Final[Code] = Code("SCT", "14958002", "naphthol green B stain", (8112,))
"""naphthol green B stain (SCT 14958002)."""

NaphtholYellowSStain: Final[Code] = Code("SCT", "111101002", "naphthol yellow S stain", (8112,))
"""naphthol yellow S stain (SCT 111101002)."""

NaphtholASDChloracetateEsteraseStain: Final[Code] = Code(
    "SCT", "406973009", "naphthol-AS-D-chloracetate esterase stain", (8112,)
)
"""naphthol-AS-D-chloracetate esterase stain (SCT 406973009)."""

NeutralRedStain: Final[Code] = Code("SCT", "67956008", "neutral red stain", (8112,))
"""neutral red stain (SCT 67956008)."""

NeutrophilAlkalinePhosphataseStain: Final[Code] = Code(
    "SCT", "255806003", "neutrophil alkaline phosphatase stain", (8112,)
)
"""neutrophil alkaline phosphatase stain (SCT 255806003)."""

NewFuchsinStain: Final[Code] = Code("SCT", "31714001", "new fuchsin stain", (8112,))
"""new fuchsin stain (SCT 31714001)."""

NightBlueStain: Final[Code] = Code("SCT", "406965000", "night blue stain", (8112,))
"""night blue stain (SCT 406965000)."""

NileBlueStain: Final[Code] = Code("SCT", "77073008", "nile blue stain", (4412, 8112))
"""nile blue stain (SCT 77073008)."""

NitrazineYellowStain: Final[Code] = Code("SCT", "86750008", "nitrazine yellow stain", (8112,))
"""nitrazine yellow stain (SCT 86750008)."""

NonspecificEsteraseStain: Final[Code] = Code(
    "SCT", "255807007", "nonspecific esterase stain", (8112,)
)
"""nonspecific esterase stain (SCT 255807007)."""

NuclearFastRedStain: Final[Code] = Code("SCT", "78869007", "nuclear fast red stain", (8112,))
"""nuclear fast red stain (SCT 78869007)."""

OilRedOStain: Final[Code] = Code("SCT", "40808006", "oil red O stain", (8112,))
"""oil red O stain (SCT 40808006)."""

OrangeGStain: Final[Code] = Code("SCT", "54221006", "orange G stain", (8112,))
"""orange G stain (SCT 54221006)."""

OrangeIIStain: Final[Code] = Code("SCT", "25941002", "orange II stain", (8112,))
"""orange II stain (SCT 25941002)."""

OrceinStain: Final[Code] = Code("SCT", "406966004", "orcein stain", (8112,))
"""orcein stain (SCT 406966004)."""

PageBlue83Stain: Final[Code] = Code("SCT", "5442001", "page blue 83 stain", (8112,))
"""page blue 83 stain (SCT 5442001)."""

PageBlueG90Stain: Final[Code] = Code("SCT", "2088005", "page blue G-90 stain", (8112,))
"""page blue G-90 stain (SCT 2088005)."""

PatentBlueVSodiumSaltStain: Final[Code] = Code(
    "SCT", "48540004", "patent blue V sodium salt stain", (4412, 8112)
)
"""patent blue V sodium salt stain (SCT 48540004)."""

PeriodicAcidSchiffStain: Final[Code] = Code(
    "SCT", "255808002", "periodic acid Schiff stain", (8112,)
)
"""periodic acid Schiff stain (SCT 255808002)."""

Permethrin: Final[Code] = Code("SCT", "410457007", "permethrin", (8112,))
"""permethrin (SCT 410457007)."""

PeroxidaseStain: Final[Code] = Code("SCT", "406974003", "peroxidase stain", (8112,))
"""peroxidase stain (SCT 406974003)."""

PhloxinBStain: Final[Code] = Code("SCT", "71957009", "phloxin B stain", (8112,))
"""phloxin B stain (SCT 71957009)."""

PhosphotungsticAcidHematoxylinStain: Final[Code] = Code(
    "SCT", "406967008", "phosphotungstic acid-hematoxylin stain", (8112,)
)
"""phosphotungstic acid-hematoxylin stain (SCT 406967008)."""

Ponceau3RStain: Final[Code] = Code("SCT", "65730007", "ponceau 3R stain", (8112,))
"""ponceau 3R stain (SCT 65730007)."""

PonceauSStain: Final[Code] = Code("SCT", "89856006", "ponceau S stain", (8112,))
"""ponceau S stain (SCT 89856006)."""

PonceauXylidineStain: Final[Code] = Code("SCT", "70520000", "ponceau xylidine stain", (8112,))
"""ponceau xylidine stain (SCT 70520000)."""

PontamineSkyBlue5BXStain: Final[Code] = Code(
    "SCT", "89577003", "pontamine sky blue 5BX stain", (8112,)
)
"""pontamine sky blue 5BX stain (SCT 89577003)."""

PontamineSkyBlue6BXStain: Final[Code] = Code(
    "SCT", "80305003", "pontamine sky blue 6BX stain", (8112,)
)
"""pontamine sky blue 6BX stain (SCT 80305003)."""

PotassiumHydroxideStain: Final[Code] = Code("SCT", "34763001", "potassium hydroxide stain", (8112,))
"""potassium hydroxide stain (SCT 34763001)."""

ProcionBrilliantBlueMRSStain: Final[Code] = Code(
    "SCT", "24900003", "procion brilliant blue MRS stain", (8112,)
)
"""procion brilliant blue MRS stain (SCT 24900003)."""

ProtargolSStain: Final[Code] = Code("SCT", "406993001", "protargol S stain", (8112,))
"""protargol S stain (SCT 406993001)."""

PrussianBlueStain: Final[Code] = Code("SCT", "406452004", "Prussian blue stain", (8112,))
"""Prussian blue stain (SCT 406452004)."""

QuinacrineFluorescentStain: Final[Code] = Code(
    "SCT", "406968003", "quinacrine fluorescent stain", (8112,)
)
"""quinacrine fluorescent stain (SCT 406968003)."""

RhodamineStain: Final[Code] = Code("SCT", "406977005", "rhodamine stain", (8112,))
"""rhodamine stain (SCT 406977005)."""

RomanowskyStain: Final[Code] = Code("SCT", "255810000", "Romanowsky stain", (8112,))
"""Romanowsky stain (SCT 255810000)."""

RoseBengalStain: Final[Code] = Code("SCT", "408742009", "rose bengal stain", (8112,))
"""rose bengal stain (SCT 408742009)."""

RosolicAcidSodiumSaltStain: Final[Code] = Code(
    "SCT", "15529003", "rosolic acid sodium salt stain", (8112,)
)
"""rosolic acid sodium salt stain (SCT 15529003)."""

SaffronStain: Final[Code] = Code("SCT", "38271009", "saffron stain", (8112,))
"""saffron stain (SCT 38271009)."""

SafraninStain: Final[Code] = Code("SCT", "406988004", "safranin stain", (8112,))
"""safranin stain (SCT 406988004)."""

SilverNitrateStain: Final[Code] = Code("SCT", "406985001", "silver nitrate stain", (8112,))
"""silver nitrate stain (SCT 406985001)."""

SilverStain: Final[Code] = Code("SCT", "406951002", "silver stain", (8112,))
"""silver stain (SCT 406951002)."""

SiriusRedF3BStain: Final[Code] = Code("SCT", "51567006", "sirius red F3B stain", (8112,))
"""sirius red F3B stain (SCT 51567006)."""

SolochromeAzurineBSStain: Final[Code] = Code(
    "SCT", "43549000", "solochrome azurine (BS) stain", (8112,)
)
"""solochrome azurine (BS) stain (SCT 43549000)."""

SolochromeBlack6BStain: Final[Code] = Code("SCT", "11201005", "solochrome black 6B stain", (8112,))
"""solochrome black 6B stain (SCT 11201005)."""

SolochromeCyanineRStain: Final[Code] = Code(
    "SCT", "25091000", "solochrome cyanine R stain", (8112,)
)
"""solochrome cyanine R stain (SCT 25091000)."""

SolochromeDarkBlueStain: Final[Code] = Code(
    "SCT", "38902009", "solochrome dark blue stain", (8112,)
)
"""solochrome dark blue stain (SCT 38902009)."""

SolubleBerlinBlueStain: Final[Code] = Code("SCT", "64991008", "soluble berlin blue stain", (8112,))
"""soluble berlin blue stain (SCT 64991008)."""

SpiritSolubleAnilineBlueStain: Final[Code] = Code(
    "SCT", "11645004", "spirit soluble aniline blue stain", (8112,)
)
"""spirit soluble aniline blue stain (SCT 11645004)."""

SpiritSolubleEosinStain: Final[Code] = Code(
    "SCT", "83600004", "spirit soluble eosin stain", (8112,)
)
"""spirit soluble eosin stain (SCT 83600004)."""

SporeStain: Final[Code] = Code("SCT", "255811001", "spore stain", (8112,))
"""spore stain (SCT 255811001)."""

SudanStain: Final[Code] = Code("SCT", "314900004", "Sudan stain", (8112,))
"""Sudan stain (SCT 314900004)."""

SunsetYellowFCFStain: Final[Code] = Code("SCT", "22968009", "sunset yellow FCF stain", (8112,))
"""sunset yellow FCF stain (SCT 22968009)."""

TartrazineStain: Final[Code] = Code("SCT", "21592006", "tartrazine stain", (8112,))
"""tartrazine stain (SCT 21592006)."""

TerminalDeoxynucleotidylTransferaseStain: Final[Code] = Code(
    "SCT", "406975002", "terminal deoxynucleotidyl transferase stain", (8112,)
)
"""terminal deoxynucleotidyl transferase stain (SCT 406975002)."""

ThioflavineSStain: Final[Code] = Code("SCT", "406995008", "thioflavine S stain", (8112,))
"""thioflavine S stain (SCT 406995008)."""

ThioflavineTStain: Final[Code] = Code("SCT", "61068006", "thioflavine T stain", (8112,))
"""thioflavine T stain (SCT 61068006)."""

ThionineStain: Final[Code] = Code("SCT", "12001002", "thionine stain", (8112,))
"""thionine stain (SCT 12001002)."""

TitanYellowStain: Final[Code] = Code("SCT", "84217005", "titan yellow stain", (8112,))
"""titan yellow stain (SCT 84217005)."""

TrichromeStain: Final[Code] = Code("SCT", "406989007", "trichrome stain", (8112,))
"""trichrome stain (SCT 406989007)."""

TropaeolinOStain: Final[Code] = Code("SCT", "35094004", "tropaeolin O stain", (8112,))
"""tropaeolin O stain (SCT 35094004)."""

TropaeolinOOStain: Final[Code] = Code("SCT", "53511009", "tropaeolin OO stain", (8112,))
"""tropaeolin OO stain (SCT 53511009)."""

TrypanBlueStain: Final[Code] = Code("SCT", "60441008", "trypan blue stain", (4200, 8112))
"""trypan blue stain (SCT 60441008)."""

VanGiesonStain: Final[Code] = Code("SCT", "406957003", "Van Gieson stain", (8112,))
"""Van Gieson stain (SCT 406957003)."""

VerhoeffHematoxylinStain: Final[Code] = Code(
    "SCT", "406992006", "verhoeff's hematoxylin stain", (8112,)
)
"""verhoeff's hematoxylin stain (SCT 406992006)."""

VitalNewRedStain: Final[Code] = Code("SCT", "20230008", "vital new red stain", (8112,))
"""vital new red stain (SCT 20230008)."""

WaterSolubleAnilineBlueStain: Final[Code] = Code(
    "SCT", "88625006", "water soluble aniline blue stain", (8112,)
)
"""water soluble aniline blue stain (SCT 88625006)."""

WaterSolubleAnthraceneBrownStain: Final[Code] = Code(
    "SCT", "58755002", "water soluble anthracene brown stain", (8112,)
)
"""water soluble anthracene brown stain (SCT 58755002)."""

WaterSolubleNigrosineStain: Final[Code] = Code(
    "SCT", "12119009", "water soluble nigrosine stain", (8112,)
)
"""water soluble nigrosine stain (SCT 12119009)."""

WaxolineBlueStain: Final[Code] = Code("SCT", "60739006", "waxoline blue stain", (8112,))
"""waxoline blue stain (SCT 60739006)."""

WaysonStain: Final[Code] = Code("SCT", "409549005", "wayson stain", (8112,))
"""wayson stain (SCT 409549005)."""

WrightStain: Final[Code] = Code("SCT", "373682001", "wright stain", (8112,))
"""wright stain (SCT 373682001)."""

XyleneCyanolFFStain: Final[Code] = Code("SCT", "55831004", "xylene cyanol FF stain", (8112,))
"""xylene cyanol FF stain (SCT 55831004)."""

ZiehlNeelsenStain: Final[Code] = Code("SCT", "255813003", "Ziehl-Neelsen stain", (8112,))
"""Ziehl-Neelsen stain (SCT 255813003)."""

AcridineOrangeStain: Final[Code] = Code("SCT", "29252006", "acridine orange stain", (4412, 8112))
"""acridine orange stain (SCT 29252006)."""

AcriflavineStain: Final[Code] = Code("SCT", "17693003", "acriflavine stain", (8112,))
"""acriflavine stain (SCT 17693003)."""

AtebrinFSStain: Final[Code] = Code("SCT", "84656005", "atebrin FS stain", (8112,))
"""atebrin FS stain (SCT 84656005)."""

AuramineGStain: Final[Code] = Code("SCT", "73251007", "auramine G stain", (8112,))
"""auramine G stain (SCT 73251007)."""

AuramineOStain: Final[Code] = Code("SCT", "81397005", "auramine O stain", (8112,))
"""auramine O stain (SCT 81397005)."""

CoriphosphineStain: Final[Code] = Code("SCT", "49687009", "coriphosphine stain", (8112,))
"""coriphosphine stain (SCT 49687009)."""

FluoresceinStain: Final[Code] = Code("SCT", "85596006", "fluorescein stain", (4412, 8112))
"""fluorescein stain (SCT 85596006)."""

FluorexonStain: Final[Code] = Code("SCT", "108880002", "fluorexon stain", (8112,))
"""fluorexon stain (SCT 108880002)."""

RhodamineBStain: Final[Code] = Code("SCT", "27671009", "rhodamine B stain", (8112,))
"""rhodamine B stain (SCT 27671009)."""

FluoresceinSodiumStain: Final[Code] = Code("SCT", "25351006", "Fluorescein sodium stain", (8112,))
"""Fluorescein sodium stain (SCT 25351006)."""

SudanBlackBStain: Final[Code] = Code("SCT", "36572009", "Sudan black B stain", (8112,))
"""Sudan black B stain (SCT 36572009)."""

SudanBlackStain: Final[Code] = Code("SCT", "310805002", "Sudan black stain", (8112,))
"""Sudan black stain (SCT 310805002)."""

SudanBlueStain: Final[Code] = Code("SCT", "10740006", "Sudan blue stain", (8112,))
"""Sudan blue stain (SCT 10740006)."""

SudanIIStain: Final[Code] = Code("SCT", "12030009", "Sudan II stain", (8112,))
"""Sudan II stain (SCT 12030009)."""

SudanIIIStain: Final[Code] = Code("SCT", "39777001", "Sudan III stain", (8112,))
"""Sudan III stain (SCT 39777001)."""

SudanIVStain: Final[Code] = Code("SCT", "69133007", "Sudan IV stain", (8112,))
"""Sudan IV stain (SCT 69133007)."""

AlkaliBlue5B4BStain: Final[Code] = Code("SCT", "76925007", "alkali blue 5B (4B) stain", (8112,))
"""alkali blue 5B (4B) stain (SCT 76925007)."""

AlkaliBlue6BStain: Final[Code] = Code("SCT", "63929007", "alkali blue 6B stain", (8112,))
"""alkali blue 6B stain (SCT 63929007)."""

ChromeAzurolSStain: Final[Code] = Code("SCT", "34128002", "chrome azurol S stain", (8112,))
"""chrome azurol S stain (SCT 34128002)."""

DibromofluoresceinStain: Final[Code] = Code("SCT", "17172002", "dibromofluorescein stain", (8112,))
"""dibromofluorescein stain (SCT 17172002)."""

EthylVioletStain: Final[Code] = Code("SCT", "65445001", "ethyl violet stain", (8112,))
"""ethyl violet stain (SCT 65445001)."""

MethylGreenStain: Final[Code] = Code("SCT", "22021002", "methyl green stain", (8112,))
"""methyl green stain (SCT 22021002)."""

MethylViolet2BStain: Final[Code] = Code("SCT", "15896008", "methyl violet 2B stain", (8112,))
"""methyl violet 2B stain (SCT 15896008)."""

MethylViolet6BStain: Final[Code] = Code("SCT", "14544006", "methyl violet 6B stain", (8112,))
"""methyl violet 6B stain (SCT 14544006)."""

PyronineBStain: Final[Code] = Code("SCT", "76001002", "pyronine B stain", (8112,))
"""pyronine B stain (SCT 76001002)."""

PyronineGStain: Final[Code] = Code("SCT", "43106008", "pyronine G stain", (8112,))
"""pyronine G stain (SCT 43106008)."""

ToluidineBlueStain: Final[Code] = Code("SCT", "29522004", "toluidine blue stain", (4412, 8112))
"""toluidine blue stain (SCT 29522004)."""

VictoriaBlue4RStain: Final[Code] = Code("SCT", "82682000", "victoria blue 4R stain", (8112,))
"""victoria blue 4R stain (SCT 82682000)."""

VictoriaBlueBStain: Final[Code] = Code("SCT", "22749001", "victoria blue B stain", (8112,))
"""victoria blue B stain (SCT 22749001)."""

WaterSolubleEosinStain: Final[Code] = Code("SCT", "36879007", "water soluble eosin stain", (8112,))
"""water soluble eosin stain (SCT 36879007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AcidPhosphataseStain,
    AlbertStain,
    AlcianBlue8GXStain,
    AlcoholSolubleNigrosineStain,
    AldehydeFuchsinStain,
    AlizarinBlueSStain,
    AlizarinCyanineGreenStain,
    AlizarinRedSStain,
    AlizarinYellowGGStain,
    AlizarinYellowRStain,
    AlkalinePhosphataseStain,
    AnilineBlueStain,
    AuramineStain,
    AzoBlackStain,
    AzocarmineGGXStain,
    AzophloxinStain,
    AzorubinSStain,
    AzureAStain,
    AzureBStain,
    AzureCStain,
    BauerChromicAcidLeucofuchsinStain,
    BenzoFastScarletStain,
    BetaGlucuronidaseStain,
    BiebrichScarletStain,
    BismarkBrownRStain,
    BismarkBrownYStain,
    BlueShadeEosinStain,
    BrazilinStain,
    BrilliantCresylBlueStain,
    BrilliantCroceinStain,
    BrilliantOrangeStain,
    BrilliantYellowStain,
    ButyrateEsteraseStain,
    CarbolFuchsinStain,
    CarmineStain,
    CarminicAcidStain,
    CarmoisineAStain,
    CelestineBlueBStain,
    ChloroacetateEsteraseStain,
    ChromicAcidStain,
    Chromotrope2RStain,
    ChrysoidineRStain,
    ChrysoidineYStain,
    ColloidalIronStain,
    CongoRedStain,
    CresylEchtVioletStain,
    CresylVioletStain,
    CrystalPonceauStain,
    CurcuminStain,
    DiamondBlackStain,
    DurazolRedStain,
    ErieGarnetStain,
    EriochromeBlueBlackSEStain,
    ErythrosinBStain,
    ErythrosinYStain,
    EvansBlueStain,
    FastBlueBSaltStain,
    FastBlueBBSaltStain,
    FastBlueRRSaltStain,
    FastGarnetGBCSaltStain,
    FastGreenFCFStain,
    FastRedBSaltStain,
    FastRedITRStain,
    FastRedTRSaltStain,
    FastSulfonBlackFStain,
    FastVioletBSaltStain,
    FatRed7BStain,
    FeulgenReactionStain,
    FieldStain,
    FlagellarStain,
    FluorescentStain,
    FouchetStain,
    FuchsinAcidStain,
    FuchsinBasicStain,
    GallocyanineStain,
    GiemsaStain,
    GramStain,
    HanselStain,
    HemateinStain,
    HematoxylinStain,
    ImmunofluorescentStain,
    IndiaInkStain,
    IndigoCarmine,
    IndophenolFromNaphtholStain,
    InsolubleBerlinBlueStain,
    JanusGreenBStain,
    JennerGiemsaStain,
    KenacidBlueRStain,
    LacmoidStain,
    LeishmanStain,
    LightGreenSFStain,
    LissamineFastRedBStain,
    LissamineFastYellowStain,
    LissamineGreenBStain,
    LissamineRhodamineStain,
    LuxolFastBlueStain,
    MalachiteGreenStain,
    MalloryBleachStain,
    MartiusYellowStain,
    MayGrunwaldGiemsaStain,
    MeldolaBlueStain,
    MetanilYellowStain,
    MethylBlueStain,
    MethylGreenPyroninStain,
    MethylOrangeStain,
    MethylRedStain,
    MethylVioletStain,
    MethyleneBlueStain,
    MethyleneVioletStain,
    MethyleneVioletStainBernthsen,
    ModifiedTrichromeStain,
    MucicarmineStain,
    MyeloperoxidaseStain,
    NaphthaleneBlack12BStain,
    NaphtholGreenBStain,
    NaphtholYellowSStain,
    NaphtholASDChloracetateEsteraseStain,
    NeutralRedStain,
    NeutrophilAlkalinePhosphataseStain,
    NewFuchsinStain,
    NightBlueStain,
    NileBlueStain,
    NitrazineYellowStain,
    NonspecificEsteraseStain,
    NuclearFastRedStain,
    OilRedOStain,
    OrangeGStain,
    OrangeIIStain,
    OrceinStain,
    PageBlue83Stain,
    PageBlueG90Stain,
    PatentBlueVSodiumSaltStain,
    PeriodicAcidSchiffStain,
    Permethrin,
    PeroxidaseStain,
    PhloxinBStain,
    PhosphotungsticAcidHematoxylinStain,
    Ponceau3RStain,
    PonceauSStain,
    PonceauXylidineStain,
    PontamineSkyBlue5BXStain,
    PontamineSkyBlue6BXStain,
    PotassiumHydroxideStain,
    ProcionBrilliantBlueMRSStain,
    ProtargolSStain,
    PrussianBlueStain,
    QuinacrineFluorescentStain,
    RhodamineStain,
    RomanowskyStain,
    RoseBengalStain,
    RosolicAcidSodiumSaltStain,
    SaffronStain,
    SafraninStain,
    SilverNitrateStain,
    SilverStain,
    SiriusRedF3BStain,
    SolochromeAzurineBSStain,
    SolochromeBlack6BStain,
    SolochromeCyanineRStain,
    SolochromeDarkBlueStain,
    SolubleBerlinBlueStain,
    SpiritSolubleAnilineBlueStain,
    SpiritSolubleEosinStain,
    SporeStain,
    SudanStain,
    SunsetYellowFCFStain,
    TartrazineStain,
    TerminalDeoxynucleotidylTransferaseStain,
    ThioflavineSStain,
    ThioflavineTStain,
    ThionineStain,
    TitanYellowStain,
    TrichromeStain,
    TropaeolinOStain,
    TropaeolinOOStain,
    TrypanBlueStain,
    VanGiesonStain,
    VerhoeffHematoxylinStain,
    VitalNewRedStain,
    WaterSolubleAnilineBlueStain,
    WaterSolubleAnthraceneBrownStain,
    WaterSolubleNigrosineStain,
    WaxolineBlueStain,
    WaysonStain,
    WrightStain,
    XyleneCyanolFFStain,
    ZiehlNeelsenStain,
    AcridineOrangeStain,
    AcriflavineStain,
    AtebrinFSStain,
    AuramineGStain,
    AuramineOStain,
    CoriphosphineStain,
    FluoresceinStain,
    FluorexonStain,
    RhodamineBStain,
    FluoresceinSodiumStain,
    SudanBlackBStain,
    SudanBlackStain,
    SudanBlueStain,
    SudanIIStain,
    SudanIIIStain,
    SudanIVStain,
    AlkaliBlue5B4BStain,
    AlkaliBlue6BStain,
    ChromeAzurolSStain,
    DibromofluoresceinStain,
    EthylVioletStain,
    MethylGreenStain,
    MethylViolet2BStain,
    MethylViolet6BStain,
    PyronineBStain,
    PyronineGStain,
    ToluidineBlueStain,
    VictoriaBlue4RStain,
    VictoriaBlueBStain,
    WaterSolubleEosinStain,
)
"""The resolved membership: own members, then those of the included groups, in order."""
