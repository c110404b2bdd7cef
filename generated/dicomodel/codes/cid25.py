"""CID 25 Radiopharmaceutical.

Extensible, version 20201116, UID 1.2.840.10008.6.1.17.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 25
NAME: _Final[str] = "Radiopharmaceutical"
KEYWORD: _Final[str | None] = "Radiopharmaceutical"
UID: _Final[str | None] = "1.2.840.10008.6.1.17"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20201116"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Carbon14DXylose: _Final[_Code] = _Code("SCT", "2942001", "Carbon^14^ D-xylose", (25,))
"""Carbon^14^ D-xylose (SCT 2942001)."""

Carbon14Triolein: _Final[_Code] = _Code("SCT", "42417005", "Carbon^14^ triolein", (25,))
"""Carbon^14^ triolein (SCT 42417005)."""

ChromicPhosphateP32: _Final[_Code] = _Code("SCT", "17069007", "Chromic phosphate P^32^", (25,))
"""Chromic phosphate P^32^ (SCT 17069007)."""

Chromium51Albumin: _Final[_Code] = _Code("SCT", "4693006", "Chromium^51^ albumin", (25,))
"""Chromium^51^ albumin (SCT 4693006)."""

Chromium51Chloride: _Final[_Code] = _Code("SCT", "6973004", "Chromium^51^ chloride", (25,))
"""Chromium^51^ chloride (SCT 6973004)."""

Copper64Acetate: _Final[_Code] = _Code("SCT", "78686003", "Copper^64^ acetate", (25,))
"""Copper^64^ acetate (SCT 78686003)."""

Copper64Versenate: _Final[_Code] = _Code("SCT", "88166005", "Copper^64^ versenate", (25,))
"""Copper^64^ versenate (SCT 88166005)."""

Copper67Ceruloplasmin: _Final[_Code] = _Code("SCT", "29460005", "Copper^67^ ceruloplasmin", (25,))
"""Copper^67^ ceruloplasmin (SCT 29460005)."""

CyanocobalaminCo57: _Final[_Code] = _Code("SCT", "187006", "Cyanocobalamin Co^57^", (25,))
"""Cyanocobalamin Co^57^ (SCT 187006)."""

CyanocobalaminCo58: _Final[_Code] = _Code("SCT", "5692007", "Cyanocobalamin Co^58^", (25,))
"""Cyanocobalamin Co^58^ (SCT 5692007)."""

CyanocobalaminCo60: _Final[_Code] = _Code("SCT", "72159005", "Cyanocobalamin Co^60^", (25,))
"""Cyanocobalamin Co^60^ (SCT 72159005)."""

DiagnosticRadioisotope: _Final[_Code] = _Code("SCT", "17600005", "Diagnostic radioisotope", (25,))
"""Diagnostic radioisotope (SCT 17600005)."""

FerrousChlorideFe59: _Final[_Code] = _Code("SCT", "31192007", "Ferrous chloride Fe^59^", (25,))
"""Ferrous chloride Fe^59^ (SCT 31192007)."""

FerrousCitrateFe59: _Final[_Code] = _Code("SCT", "87958003", "Ferrous citrate Fe^59^", (25,))
"""Ferrous citrate Fe^59^ (SCT 87958003)."""

FerrousSulfateFe59: _Final[_Code] = _Code("SCT", "125001", "Ferrous sulfate Fe^59^", (25,))
"""Ferrous sulfate Fe^59^ (SCT 125001)."""

FibrinogenI123: _Final[_Code] = _Code("SCT", "71636003", "Fibrinogen I^123^", (25,))
"""Fibrinogen I^123^ (SCT 71636003)."""

FluorodeoxyglucoseF18: _Final[_Code] = _Code(
    "SCT", "35321007", "Fluorodeoxyglucose F^18^", (25, 3107, 4021)
)
"""Fluorodeoxyglucose F^18^ (SCT 35321007)."""

Gallium67Citrate: _Final[_Code] = _Code("SCT", "73065000", "Gallium^67^ citrate", (25,))
"""Gallium^67^ citrate (SCT 73065000)."""

Indium111FeOHGreaterThan3LesserThan: _Final[_Code] = _Code(
    "SCT", "6516008", "Indium^111^-Fe(OH) >3<", (25,)
)
"""Indium^111^-Fe(OH) >3< (SCT 6516008)."""

Indium111Oxyquinoline: _Final[_Code] = _Code("SCT", "424570009", "Indium^111^oxyquinoline", (25,))
"""Indium^111^oxyquinoline (SCT 424570009)."""

Indium111Pentetate: _Final[_Code] = _Code("SCT", "29218008", "Indium^111^ pentetate", (25,))
"""Indium^111^ pentetate (SCT 29218008)."""

Indium111RedCellLabel: _Final[_Code] = _Code("SCT", "81621007", "Indium^111^ red cell label", (25,))
"""Indium^111^ red cell label (SCT 81621007)."""

Indium111Transferrin: _Final[_Code] = _Code("SCT", "78570003", "Indium^111^ transferrin", (25,))
"""Indium^111^ transferrin (SCT 78570003)."""

Indium111CapromabPendetide: _Final[_Code] = _Code(
    "SCT", "446871009", "Indium^111 Capromab Pendetide", (25,)
)
"""Indium^111 Capromab Pendetide (SCT 446871009)."""

Indium111Chloride: _Final[_Code] = _Code("SCT", "395742005", "Indium^111 Chloride", (25,))
"""Indium^111 Chloride (SCT 395742005)."""

Indium111Pentetreotide: _Final[_Code] = _Code("SCT", "446800006", "Indium^111 Pentetreotide", (25,))
"""Indium^111 Pentetreotide (SCT 446800006)."""

Indium113mBleomycin: _Final[_Code] = _Code("SCT", "90617008", "Indium^113m^ bleomycin", (25,))
"""Indium^113m^ bleomycin (SCT 90617008)."""

Indium113mChloride: _Final[_Code] = _Code("SCT", "767418009", "Indium^113m^ chloride", (25,))
"""Indium^113m^ chloride (SCT 767418009)."""

Indium113mPentetate: _Final[_Code] = _Code("SCT", "42728008", "Indium^113m^ pentetate", (25,))
"""Indium^113m^ pentetate (SCT 42728008)."""

IodinatedI125Albumin: _Final[_Code] = _Code("SCT", "72015003", "Iodinated I^125^ albumin", (25,))
"""Iodinated I^125^ albumin (SCT 72015003)."""

IodinatedI125DPA713: _Final[_Code] = _Code("DCM", "126764", "Iodinated I^125^ DPA-713", (25,))
"""Iodinated I^125^ DPA-713 (DCM 126764)."""

IodinatedI125HumanSerumAlbumin: _Final[_Code] = _Code(
    "SCT", "64488003", "Iodinated I^125^ human serum albumin", (25,)
)
"""Iodinated I^125^ human serum albumin (SCT 64488003)."""

IodinatedI125Povidone: _Final[_Code] = _Code("SCT", "69839009", "Iodinated I^125^ povidone", (25,))
"""Iodinated I^125^ povidone (SCT 69839009)."""

IodinatedI125SodiumIodine: _Final[_Code] = _Code(
    "SCT", "70154008", "Iodinated I^125^ sodium iodine", (25,)
)
"""Iodinated I^125^ sodium iodine (SCT 70154008)."""

IodinatedI131AggregatedAlbumin: _Final[_Code] = _Code(
    "SCT", "55814006", "Iodinated I^131^ aggregated albumin", (25,)
)
"""Iodinated I^131^ aggregated albumin (SCT 55814006)."""

IodinatedI131Albumin: _Final[_Code] = _Code("SCT", "39200002", "Iodinated I^131^ albumin", (25,))
"""Iodinated I^131^ albumin (SCT 39200002)."""

IodinatedI131GammaGlobulin: _Final[_Code] = _Code(
    "SCT", "52408003", "Iodinated I^131^ gamma globulin", (25,)
)
"""Iodinated I^131^ gamma globulin (SCT 52408003)."""

Iodine123154Iodophenyl3RSMethylpentadecanoicAcid: _Final[_Code] = _Code(
    "SCT", "447134003", "Iodine^123 15-(4-Iodophenyl)-3(R,S)-Methylpentadecanoic Acid", (25,)
)
"""Iodine^123 15-(4-Iodophenyl)-3(R,S)-Methylpentadecanoic Acid (SCT 447134003)."""

Iodine1233IodobenzylguanidineMIBG: _Final[_Code] = _Code(
    "SCT", "395787009", "Iodine^123 3-Iodobenzylguanidine MIBG", (25,)
)
"""Iodine^123 3-Iodobenzylguanidine MIBG (SCT 395787009)."""

Iodine131Polyvinylpyrrolidone: _Final[_Code] = _Code(
    "SCT", "35884005", "Iodine^131^ polyvinylpyrrolidone", (25,)
)
"""Iodine^131^ polyvinylpyrrolidone (SCT 35884005)."""

Iodine1313IodobenzylguanidineMIBG: _Final[_Code] = _Code(
    "SCT", "395789007", "Iodine^131 3-Iodobenzylguanidine MIBG", (25,)
)
"""Iodine^131 3-Iodobenzylguanidine MIBG (SCT 395789007)."""

IodocholesterolI131: _Final[_Code] = _Code("SCT", "68967007", "Iodocholesterol I^131^", (25,))
"""Iodocholesterol I^131^ (SCT 68967007)."""

IodohippurateI123Sodium: _Final[_Code] = _Code(
    "SCT", "33785000", "Iodohippurate I^123^ sodium", (25,)
)
"""Iodohippurate I^123^ sodium (SCT 33785000)."""

IodohippurateI125Sodium: _Final[_Code] = _Code(
    "SCT", "36900006", "Iodohippurate I^125^ sodium", (25,)
)
"""Iodohippurate I^125^ sodium (SCT 36900006)."""

IodohippurateI131Sodium: _Final[_Code] = _Code(
    "SCT", "33271006", "Iodohippurate I^131^ sodium", (25,)
)
"""Iodohippurate I^131^ sodium (SCT 33271006)."""

IofetamineI123Hydrochloride: _Final[_Code] = _Code(
    "SCT", "78481003", "Iofetamine I^123^ hydrochloride", (25,)
)
"""Iofetamine I^123^ hydrochloride (SCT 78481003)."""

IoflupaneI123: _Final[_Code] = _Code("SCT", "429296007", "Ioflupane I^123^", (25,))
"""Ioflupane I^123^ (SCT 429296007)."""

IothalamateSodiumI125: _Final[_Code] = _Code("SCT", "55673009", "Iothalamate sodium I^125^", (25,))
"""Iothalamate sodium I^125^ (SCT 55673009)."""

IronFe59LabeledDextran: _Final[_Code] = _Code(
    "SCT", "60459006", "Iron Fe^59^ labeled dextran", (25,)
)
"""Iron Fe^59^ labeled dextran (SCT 60459006)."""

Krypton81m: _Final[_Code] = _Code("SCT", "61716009", "Krypton^81m", (18, 25))
"""Krypton^81m (SCT 61716009)."""

Lutetium177DOTATATE: _Final[_Code] = _Code("SCT", "781259000", "Lutetium^177^ DOTATATE", (25,))
"""Lutetium^177^ DOTATATE (SCT 781259000)."""

Lutetium177NAcetylaspartylglutamate: _Final[_Code] = _Code(
    "DCM", "126509", "Lutetium^177^ n-acetylaspartylglutamate", (25,)
)
"""Lutetium^177^ n-acetylaspartylglutamate (DCM 126509)."""

OleicAcidI125: _Final[_Code] = _Code("SCT", "22979004", "Oleic acid I^125^", (25,))
"""Oleic acid I^125^ (SCT 22979004)."""

PentetateCalciumTrisodiumYb169: _Final[_Code] = _Code(
    "SCT", "29348008", "Pentetate calcium trisodium Yb^169^", (25,)
)
"""Pentetate calcium trisodium Yb^169^ (SCT 29348008)."""

PotassiumCarbonateK42: _Final[_Code] = _Code("SCT", "111161000", "Potassium carbonate K^42^", (25,))
"""Potassium carbonate K^42^ (SCT 111161000)."""

PotassiumChlorideK42: _Final[_Code] = _Code("SCT", "36641004", "Potassium chloride K^42^", (25,))
"""Potassium chloride K^42^ (SCT 36641004)."""

PotassiumChlorideK43: _Final[_Code] = _Code("SCT", "47729008", "Potassium chloride K^43^", (25,))
"""Potassium chloride K^43^ (SCT 47729008)."""

Radium223Dichloride: _Final[_Code] = _Code("SCT", "724024003", "Radium^223^ dichloride", (25,))
"""Radium^223^ dichloride (SCT 724024003)."""

RoseBengalSodiumI131: _Final[_Code] = _Code("SCT", "111159009", "Rose Bengal sodium I^131^", (25,))
"""Rose Bengal sodium I^131^ (SCT 111159009)."""

Selenium75HCAT: _Final[_Code] = _Code("SCT", "395894004", "Selenium^75^ HCAT", (25,))
"""Selenium^75^ HCAT (SCT 395894004)."""

SelenomethionioneSe75: _Final[_Code] = _Code("SCT", "88473009", "Selenomethionione Se^75^", (25,))
"""Selenomethionione Se^75^ (SCT 88473009)."""

SodiumChlorideNa22: _Final[_Code] = _Code("SCT", "6257000", "Sodium chloride Na^22^", (25,))
"""Sodium chloride Na^22^ (SCT 6257000)."""

SodiumChlorideNa24: _Final[_Code] = _Code("SCT", "31527000", "Sodium chloride Na^24^", (25,))
"""Sodium chloride Na^24^ (SCT 31527000)."""

SodiumChromateCr51: _Final[_Code] = _Code("SCT", "62517004", "Sodium chromate Cr^51^", (25,))
"""Sodium chromate Cr^51^ (SCT 62517004)."""

SodiumFluorideF18: _Final[_Code] = _Code("SCT", "129501009", "Sodium fluoride F^18^", (25, 4021))
"""Sodium fluoride F^18^ (SCT 129501009)."""

SodiumIodideI123: _Final[_Code] = _Code("SCT", "67690002", "Sodium iodide I^123^", (25,))
"""Sodium iodide I^123^ (SCT 67690002)."""

SodiumIodideI131: _Final[_Code] = _Code("SCT", "111160004", "Sodium iodide I^131^", (25,))
"""Sodium iodide I^131^ (SCT 111160004)."""

SodiumPertechnetateTc99m: _Final[_Code] = _Code(
    "SCT", "19495007", "Sodium pertechnetate Tc^99m^", (25,)
)
"""Sodium pertechnetate Tc^99m^ (SCT 19495007)."""

SodiumPhosphateP32: _Final[_Code] = _Code("SCT", "10781003", "Sodium phosphate P^32^", (25,))
"""Sodium phosphate P^32^ (SCT 10781003)."""

StrontiumChlorideSr85: _Final[_Code] = _Code("SCT", "69076006", "Strontium chloride Sr^85^", (25,))
"""Strontium chloride Sr^85^ (SCT 69076006)."""

StrontiumChlorideSr87: _Final[_Code] = _Code("SCT", "38424001", "Strontium chloride Sr^87^", (25,))
"""Strontium chloride Sr^87^ (SCT 38424001)."""

StrontiumChlorideSr89: _Final[_Code] = _Code("SCT", "125701003", "Strontium chloride Sr^89^", (25,))
"""Strontium chloride Sr^89^ (SCT 125701003)."""

StrontiumNitrateSr85: _Final[_Code] = _Code("SCT", "8858006", "Strontium nitrate Sr^85^", (25,))
"""Strontium nitrate Sr^85^ (SCT 8858006)."""

StrontiumNitrateSr87: _Final[_Code] = _Code("SCT", "31953001", "Strontium nitrate Sr^87^", (25,))
"""Strontium nitrate Sr^87^ (SCT 31953001)."""

Technetium99mTRODAT1: _Final[_Code] = _Code("MSH", "C104196", "Technetium^99m^ TRODAT-1", (25,))
"""Technetium^99m^ TRODAT-1 (MSH C104196)."""

Technetium99mGalactosylHumanSerumAlbuminDiethylenetriamine: _Final[_Code] = _Code(
    "SCT", "446534003", "Technetium^99m Galactosyl Human Serum Albumin Diethylenetriamine", (25,)
)
"""Technetium^99m Galactosyl Human Serum Albumin Diethylenetriamine (SCT 446534003)."""

Technetium99mLabeledCarbon: _Final[_Code] = _Code(
    "SCT", "447125008", "Technetium^99m labeled carbon", (25,)
)
"""Technetium^99m labeled carbon (SCT 447125008)."""

Technetium99mMercaptoacetylTriglycineMAG3: _Final[_Code] = _Code(
    "SCT", "446536001", "Technetium^99m Mercaptoacetyl triglycine MAG3", (25,)
)
"""Technetium^99m Mercaptoacetyl triglycine MAG3 (SCT 446536001)."""

Technetium99mNPyridoxyl5Methyltryptophan: _Final[_Code] = _Code(
    "SCT", "447126009", "Technetium^99m N-pyridoxyl-5-methyltryptophan", (25,)
)
"""Technetium^99m N-pyridoxyl-5-methyltryptophan (SCT 447126009)."""

Technetium99mPhytate: _Final[_Code] = _Code("SCT", "447127000", "Technetium^99m Phytate", (25,))
"""Technetium^99m Phytate (SCT 447127000)."""

Technetium99mStannousColloid: _Final[_Code] = _Code(
    "SCT", "447128005", "Technetium^99m Stannous Colloid", (25,)
)
"""Technetium^99m Stannous Colloid (SCT 447128005)."""

Technetium99mTrofolastat: _Final[_Code] = _Code(
    "NCIt", "C116887", "Technetium^99m Trofolastat", (25,)
)
"""Technetium^99m Trofolastat (NCIt C116887)."""

TechnetiumTc99cAlbuminMicrospheres: _Final[_Code] = _Code(
    "SCT", "55494003", "Technetium Tc^99c^ albumin microspheres", (25,)
)
"""Technetium Tc^99c^ albumin microspheres (SCT 55494003)."""

TechnetiumTc99mAggregatedAlbumin: _Final[_Code] = _Code(
    "SCT", "85693008", "Technetium Tc^99m^ aggregated albumin", (25,)
)
"""Technetium Tc^99m^ aggregated albumin (SCT 85693008)."""

TechnetiumTc99mDepreotide: _Final[_Code] = _Code(
    "SCT", "415704007", "Technetium Tc^99m^ depreotide", (25,)
)
"""Technetium Tc^99m^ depreotide (SCT 415704007)."""

TechnetiumTc99mDisofenin: _Final[_Code] = _Code(
    "SCT", "3040004", "Technetium Tc^99m^ disofenin", (25,)
)
"""Technetium Tc^99m^ disofenin (SCT 3040004)."""

TechnetiumTc99mBicisate: _Final[_Code] = _Code(
    "SCT", "766886003", "Technetium Tc^99m^ bicisate", (25,)
)
"""Technetium Tc^99m^ bicisate (SCT 766886003)."""

TechnetiumTc99mExametazime: _Final[_Code] = _Code(
    "SCT", "77313009", "Technetium Tc^99m^ exametazime", (25,)
)
"""Technetium Tc^99m^ exametazime (SCT 77313009)."""

TechnetiumTc99mIronAscorbate: _Final[_Code] = _Code(
    "SCT", "87853006", "Technetium Tc^99m^ iron ascorbate", (25,)
)
"""Technetium Tc^99m^ iron ascorbate (SCT 87853006)."""

TechnetiumTc99mLidofenin: _Final[_Code] = _Code(
    "SCT", "7281000", "Technetium Tc^99m^ lidofenin", (25,)
)
"""Technetium Tc^99m^ lidofenin (SCT 7281000)."""

TechnetiumTc99mMebrofenin: _Final[_Code] = _Code(
    "SCT", "4832001", "Technetium Tc^99m^ mebrofenin", (25,)
)
"""Technetium Tc^99m^ mebrofenin (SCT 4832001)."""

TechnetiumTc99mMedronate: _Final[_Code] = _Code(
    "SCT", "96390006", "Technetium Tc^99m^ medronate", (25,)
)
"""Technetium Tc^99m^ medronate (SCT 96390006)."""

TechnetiumTc99mMicroaggregatedAlbumin: _Final[_Code] = _Code(
    "SCT", "81761004", "Technetium Tc^99m^ microaggregated albumin", (25,)
)
"""Technetium Tc^99m^ microaggregated albumin (SCT 81761004)."""

TechnetiumTc99mNSubstitutedIminodiacetate: _Final[_Code] = _Code(
    "SCT", "87410002", "Technetium Tc^99m^ N-substituted iminodiacetate", (25,)
)
"""Technetium Tc^99m^ N-substituted iminodiacetate (SCT 87410002)."""

TechnetiumTc99mOxidronate: _Final[_Code] = _Code(
    "SCT", "53951001", "Technetium Tc^99m^ oxidronate", (25,)
)
"""Technetium Tc^99m^ oxidronate (SCT 53951001)."""

TechnetiumTc99mPentetate: _Final[_Code] = _Code(
    "SCT", "430276001", "Technetium Tc^99m^ pentetate", (25,)
)
"""Technetium Tc^99m^ pentetate (SCT 430276001)."""

TechnetiumTc99mPyrophosphate: _Final[_Code] = _Code(
    "SCT", "764821009", "Technetium Tc^99m^ pyrophosphate", (25,)
)
"""Technetium Tc^99m^ pyrophosphate (SCT 764821009)."""

TechnetiumTc99mSerumAlbumin: _Final[_Code] = _Code(
    "SCT", "79610008", "Technetium Tc^99m^ serum albumin", (25,)
)
"""Technetium Tc^99m^ serum albumin (SCT 79610008)."""

TechnetiumTc99mSestamibi: _Final[_Code] = _Code(
    "SCT", "424299003", "Technetium Tc^99m^ sestamibi", (25, 3111)
)
"""Technetium Tc^99m^ sestamibi (SCT 424299003)."""

TechnetiumTc99mSodiumGlucoheptonate: _Final[_Code] = _Code(
    "SCT", "45849009", "Technetium Tc^99m^ sodium glucoheptonate", (25,)
)
"""Technetium Tc^99m^ sodium glucoheptonate (SCT 45849009)."""

TechnetiumTc99mStannousEtidronate: _Final[_Code] = _Code(
    "SCT", "111162007", "Technetium Tc^99m^ stannous etidronate", (25,)
)
"""Technetium Tc^99m^ stannous etidronate (SCT 111162007)."""

TechnetiumTc99mSuccimer: _Final[_Code] = _Code(
    "SCT", "24511001", "Technetium Tc^99m^ succimer", (25,)
)
"""Technetium Tc^99m^ succimer (SCT 24511001)."""

TechnetiumTc99mSulfurColloid: _Final[_Code] = _Code(
    "SCT", "5931004", "Technetium Tc^99m^ sulfur colloid", (25,)
)
"""Technetium Tc^99m^ sulfur colloid (SCT 5931004)."""

TechnetiumTc99mTaggedRedCells: _Final[_Code] = _Code(
    "SCT", "89818005", "Technetium Tc^99m^ tagged red cells", (25,)
)
"""Technetium Tc^99m^ tagged red cells (SCT 89818005)."""

TechnetiumTc99mTeboroxime: _Final[_Code] = _Code(
    "SCT", "424318009", "Technetium Tc^99m^Teboroxime", (25,)
)
"""Technetium Tc^99m^Teboroxime (SCT 424318009)."""

TechnetiumTc99mTetrofosmin: _Final[_Code] = _Code(
    "SCT", "424118002", "Technetium Tc^99m^Tetrofosmin", (25, 3111)
)
"""Technetium Tc^99m^Tetrofosmin (SCT 424118002)."""

ThallousChlorideTl201: _Final[_Code] = _Code("SCT", "73685002", "Thallous chloride Tl^201^", (25,))
"""Thallous chloride Tl^201^ (SCT 73685002)."""

TherapeuticRadioisotope: _Final[_Code] = _Code("SCT", "439007", "Therapeutic radioisotope", (25,))
"""Therapeutic radioisotope (SCT 439007)."""

Xenon133Gas: _Final[_Code] = _Code("SCT", "780783002", "Xenon^133^ gas", (25,))
"""Xenon^133^ gas (SCT 780783002)."""

Yttrium90Microspheres: _Final[_Code] = _Code("SCT", "764678003", "Yttrium^90^ microspheres", (25,))
"""Yttrium^90^ microspheres (SCT 764678003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Carbon14DXylose,
    Carbon14Triolein,
    ChromicPhosphateP32,
    Chromium51Albumin,
    Chromium51Chloride,
    Copper64Acetate,
    Copper64Versenate,
    Copper67Ceruloplasmin,
    CyanocobalaminCo57,
    CyanocobalaminCo58,
    CyanocobalaminCo60,
    DiagnosticRadioisotope,
    FerrousChlorideFe59,
    FerrousCitrateFe59,
    FerrousSulfateFe59,
    FibrinogenI123,
    FluorodeoxyglucoseF18,
    Gallium67Citrate,
    Indium111FeOHGreaterThan3LesserThan,
    Indium111Oxyquinoline,
    Indium111Pentetate,
    Indium111RedCellLabel,
    Indium111Transferrin,
    Indium111CapromabPendetide,
    Indium111Chloride,
    Indium111Pentetreotide,
    Indium113mBleomycin,
    Indium113mChloride,
    Indium113mPentetate,
    IodinatedI125Albumin,
    IodinatedI125DPA713,
    IodinatedI125HumanSerumAlbumin,
    IodinatedI125Povidone,
    IodinatedI125SodiumIodine,
    IodinatedI131AggregatedAlbumin,
    IodinatedI131Albumin,
    IodinatedI131GammaGlobulin,
    Iodine123154Iodophenyl3RSMethylpentadecanoicAcid,
    Iodine1233IodobenzylguanidineMIBG,
    Iodine131Polyvinylpyrrolidone,
    Iodine1313IodobenzylguanidineMIBG,
    IodocholesterolI131,
    IodohippurateI123Sodium,
    IodohippurateI125Sodium,
    IodohippurateI131Sodium,
    IofetamineI123Hydrochloride,
    IoflupaneI123,
    IothalamateSodiumI125,
    IronFe59LabeledDextran,
    Krypton81m,
    Lutetium177DOTATATE,
    Lutetium177NAcetylaspartylglutamate,
    OleicAcidI125,
    PentetateCalciumTrisodiumYb169,
    PotassiumCarbonateK42,
    PotassiumChlorideK42,
    PotassiumChlorideK43,
    Radium223Dichloride,
    RoseBengalSodiumI131,
    Selenium75HCAT,
    SelenomethionioneSe75,
    SodiumChlorideNa22,
    SodiumChlorideNa24,
    SodiumChromateCr51,
    SodiumFluorideF18,
    SodiumIodideI123,
    SodiumIodideI131,
    SodiumPertechnetateTc99m,
    SodiumPhosphateP32,
    StrontiumChlorideSr85,
    StrontiumChlorideSr87,
    StrontiumChlorideSr89,
    StrontiumNitrateSr85,
    StrontiumNitrateSr87,
    Technetium99mTRODAT1,
    Technetium99mGalactosylHumanSerumAlbuminDiethylenetriamine,
    Technetium99mLabeledCarbon,
    Technetium99mMercaptoacetylTriglycineMAG3,
    Technetium99mNPyridoxyl5Methyltryptophan,
    Technetium99mPhytate,
    Technetium99mStannousColloid,
    Technetium99mTrofolastat,
    TechnetiumTc99cAlbuminMicrospheres,
    TechnetiumTc99mAggregatedAlbumin,
    TechnetiumTc99mDepreotide,
    TechnetiumTc99mDisofenin,
    TechnetiumTc99mBicisate,
    TechnetiumTc99mExametazime,
    TechnetiumTc99mIronAscorbate,
    TechnetiumTc99mLidofenin,
    TechnetiumTc99mMebrofenin,
    TechnetiumTc99mMedronate,
    TechnetiumTc99mMicroaggregatedAlbumin,
    TechnetiumTc99mNSubstitutedIminodiacetate,
    TechnetiumTc99mOxidronate,
    TechnetiumTc99mPentetate,
    TechnetiumTc99mPyrophosphate,
    TechnetiumTc99mSerumAlbumin,
    TechnetiumTc99mSestamibi,
    TechnetiumTc99mSodiumGlucoheptonate,
    TechnetiumTc99mStannousEtidronate,
    TechnetiumTc99mSuccimer,
    TechnetiumTc99mSulfurColloid,
    TechnetiumTc99mTaggedRedCells,
    TechnetiumTc99mTeboroxime,
    TechnetiumTc99mTetrofosmin,
    ThallousChlorideTl201,
    TherapeuticRadioisotope,
    Xenon133Gas,
    Yttrium90Microspheres,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
