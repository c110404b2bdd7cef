"""CID 3850 Contrast Bolus Substance.

Extensible, version 20200310, UID 1.2.840.10008.6.1.934.
Includes CID 70, CID 12.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3850
NAME: _Final[str] = "Contrast Bolus Substance"
KEYWORD: _Final[str | None] = "ContrastBolusSubstance"
UID: _Final[str | None] = "1.2.840.10008.6.1.934"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = (70, 12)
EXTERNAL_SCHEME: _Final[str | None] = None

Dextran: _Final[_Code] = _Code("SCT", "13132007", "Dextran", (10, 70))
"""Dextran (SCT 13132007). Included from CID 70."""

Saline: _Final[_Code] = _Code("SCT", "373757009", "Saline", (70,))
"""Saline (SCT 373757009). Included from CID 70."""

LactatedRingerS: _Final[_Code] = _Code("MSH", "D000077325", "Lactated Ringer's", (70,))
"""Lactated Ringer's (MSH D000077325). Included from CID 70."""

Air: _Final[_Code] = _Code("SCT", "15158005", "Air", (12, 13, 6211, 6350, 11002))
"""Air (SCT 15158005). Included from CID 12."""

BariumSulfate: _Final[_Code] = _Code("SCT", "25419009", "Barium Sulfate", (12,))
"""Barium Sulfate (SCT 25419009). Included from CID 12."""

Bunamiodyl: _Final[_Code] = _Code("SCT", "90745007", "Bunamiodyl", (12,))
"""Bunamiodyl (SCT 90745007). Included from CID 12."""

CarbonDioxide: _Final[_Code] = _Code("SCT", "31811003", "Carbon dioxide", (12, 13, 624))
"""Carbon dioxide (SCT 31811003). Included from CID 12."""

ChloriodizedOil: _Final[_Code] = _Code("SCT", "62442005", "Chloriodized oil", (12,))
"""Chloriodized oil (SCT 62442005). Included from CID 12."""

ContrastAgent: _Final[_Code] = _Code("SCT", "7140000", "Contrast agent", (12, 6402))
"""Contrast agent (SCT 7140000). Included from CID 12."""

Diatrizoate: _Final[_Code] = _Code("SCT", "12335007", "Diatrizoate", (12,))
"""Diatrizoate (SCT 12335007). Included from CID 12."""

GadobenateDimeglumine: _Final[_Code] = _Code("SCT", "792865009", "Gadobenate dimeglumine", (12,))
"""Gadobenate dimeglumine (SCT 792865009). Included from CID 12."""

Gadobutrol: _Final[_Code] = _Code("SCT", "407976008", "Gadobutrol", (12,))
"""Gadobutrol (SCT 407976008). Included from CID 12."""

Gadodiamide: _Final[_Code] = _Code("SCT", "354088005", "Gadodiamide", (12,))
"""Gadodiamide (SCT 354088005). Included from CID 12."""

Gadofosveset: _Final[_Code] = _Code("SCT", "770982005", "Gadofosveset", (12,))
"""Gadofosveset (SCT 770982005). Included from CID 12."""

Gadolinium: _Final[_Code] = _Code("SCT", "768763008", "Gadolinium", (12,))
"""Gadolinium (SCT 768763008). Included from CID 12."""

GadopentetateDimeglumine: _Final[_Code] = _Code(
    "SCT", "109216000", "Gadopentetate dimeglumine", (12,)
)
"""Gadopentetate dimeglumine (SCT 109216000). Included from CID 12."""

GadoterateMeglumine: _Final[_Code] = _Code("SCT", "712714000", "Gadoterate meglumine", (12,))
"""Gadoterate meglumine (SCT 712714000). Included from CID 12."""

Gadoteridol: _Final[_Code] = _Code("SCT", "353946009", "Gadoteridol", (12,))
"""Gadoteridol (SCT 353946009). Included from CID 12."""

Gadoversetamide: _Final[_Code] = _Code("SCT", "409477004", "Gadoversetamide", (12,))
"""Gadoversetamide (SCT 409477004). Included from CID 12."""

GadoxetateDisodium: _Final[_Code] = _Code("SCT", "440223009", "Gadoxetate disodium", (12,))
"""Gadoxetate disodium (SCT 440223009). Included from CID 12."""

IodamideMeglumine: _Final[_Code] = _Code("SCT", "12801003", "Iodamide meglumine", (12,))
"""Iodamide meglumine (SCT 12801003). Included from CID 12."""

Iodipamide: _Final[_Code] = _Code("SCT", "73212002", "Iodipamide", (12,))
"""Iodipamide (SCT 73212002). Included from CID 12."""

Iodixanol: _Final[_Code] = _Code("SCT", "353962003", "Iodixanol", (12,))
"""Iodixanol (SCT 353962003). Included from CID 12."""

IodizedOil: _Final[_Code] = _Code("SCT", "89595000", "Iodized oil", (12,))
"""Iodized oil (SCT 89595000). Included from CID 12."""

IodoalphionicAcid: _Final[_Code] = _Code("SCT", "86584005", "Iodoalphionic acid", (12,))
"""Iodoalphionic acid (SCT 86584005). Included from CID 12."""

Iodophthalein: _Final[_Code] = _Code("SCT", "74554008", "Iodophthalein", (12,))
"""Iodophthalein (SCT 74554008). Included from CID 12."""

Iodopyracet: _Final[_Code] = _Code("SCT", "40710000", "Iodopyracet", (12,))
"""Iodopyracet (SCT 40710000). Included from CID 12."""

Iohexol: _Final[_Code] = _Code("SCT", "109218004", "Iohexol", (12,))
"""Iohexol (SCT 109218004). Included from CID 12."""

IonicIodinatedContrastAgent: _Final[_Code] = _Code(
    "RADLEX", "RID11585", "Ionic iodinated contrast agent", (12,)
)
"""Ionic iodinated contrast agent (RADLEX RID11585). Included from CID 12."""

Iopamidol: _Final[_Code] = _Code("SCT", "109219007", "Iopamidol", (12,))
"""Iopamidol (SCT 109219007). Included from CID 12."""

IopanoicAcid: _Final[_Code] = _Code("SCT", "76155001", "Iopanoic acid", (12,))
"""Iopanoic acid (SCT 76155001). Included from CID 12."""

Iophendylate: _Final[_Code] = _Code("SCT", "28121005", "Iophendylate", (12,))
"""Iophendylate (SCT 28121005). Included from CID 12."""

IophenoxicAcid: _Final[_Code] = _Code("SCT", "23053002", "Iophenoxic acid", (12,))
"""Iophenoxic acid (SCT 23053002). Included from CID 12."""

Iopromide: _Final[_Code] = _Code("SCT", "353903006", "Iopromide", (12,))
"""Iopromide (SCT 353903006). Included from CID 12."""

Iothalamate: _Final[_Code] = _Code("SCT", "353912008", "Iothalamate", (12,))
"""Iothalamate (SCT 353912008). Included from CID 12."""

Ioversol: _Final[_Code] = _Code("SCT", "109222009", "Ioversol", (12,))
"""Ioversol (SCT 109222009). Included from CID 12."""

Ioxaglate: _Final[_Code] = _Code("SCT", "412228003", "Ioxaglate", (12,))
"""Ioxaglate (SCT 412228003). Included from CID 12."""

Ioxilan: _Final[_Code] = _Code("SCT", "409484007", "Ioxilan", (12,))
"""Ioxilan (SCT 409484007). Included from CID 12."""

Ipodate: _Final[_Code] = _Code("SCT", "87445005", "Ipodate", (12,))
"""Ipodate (SCT 87445005). Included from CID 12."""

MangafodipirTrisodium: _Final[_Code] = _Code("RXNORM", "236987", "Mangafodipir trisodium", (12,))
"""Mangafodipir trisodium (RXNORM 236987). Included from CID 12."""

MeglumineDiatrizoate: _Final[_Code] = _Code("SCT", "47192000", "Meglumine diatrizoate", (12,))
"""Meglumine diatrizoate (SCT 47192000). Included from CID 12."""

MeglumineIodipamide: _Final[_Code] = _Code("SCT", "69783005", "Meglumine iodipamide", (12,))
"""Meglumine iodipamide (SCT 69783005). Included from CID 12."""

Metrizamide: _Final[_Code] = _Code("SCT", "90733003", "Metrizamide", (12,))
"""Metrizamide (SCT 90733003). Included from CID 12."""

Metrizoate: _Final[_Code] = _Code("SCT", "354094002", "Metrizoate", (12,))
"""Metrizoate (SCT 354094002). Included from CID 12."""

NonIonicIodinatedContrastAgent: _Final[_Code] = _Code(
    "RADLEX", "RID38696", "Non-ionic iodinated contrast agent", (12,)
)
"""Non-ionic iodinated contrast agent (RADLEX RID38696). Included from CID 12."""

NonRadiopaqueMedium: _Final[_Code] = _Code("SCT", "43538006", "Non radiopaque medium", (12,))
"""Non radiopaque medium (SCT 43538006). Included from CID 12."""

Oxygen: _Final[_Code] = _Code("SCT", "24099007", "Oxygen", (12, 13))
"""Oxygen (SCT 24099007). Included from CID 12."""

Propyliodone: _Final[_Code] = _Code("SCT", "111158001", "Propyliodone", (12,))
"""Propyliodone (SCT 111158001). Included from CID 12."""

SodiumAcetrizoate: _Final[_Code] = _Code("SCT", "32836007", "Sodium acetrizoate", (12,))
"""Sodium acetrizoate (SCT 32836007). Included from CID 12."""

SodiumDiprotrizoate: _Final[_Code] = _Code("SCT", "83423008", "Sodium diprotrizoate", (12,))
"""Sodium diprotrizoate (SCT 83423008). Included from CID 12."""

SodiumIodipamide: _Final[_Code] = _Code("SCT", "925002", "Sodium iodipamide", (12,))
"""Sodium iodipamide (SCT 925002). Included from CID 12."""

SodiumIodomethamate: _Final[_Code] = _Code("SCT", "38344006", "Sodium iodomethamate", (12,))
"""Sodium iodomethamate (SCT 38344006). Included from CID 12."""

SodiumTyropanoate: _Final[_Code] = _Code("SCT", "109212003", "Sodium tyropanoate", (12,))
"""Sodium tyropanoate (SCT 109212003). Included from CID 12."""

Water: _Final[_Code] = _Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004). Included from CID 12."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Dextran,
    Saline,
    LactatedRingerS,
    Air,
    BariumSulfate,
    Bunamiodyl,
    CarbonDioxide,
    ChloriodizedOil,
    ContrastAgent,
    Diatrizoate,
    GadobenateDimeglumine,
    Gadobutrol,
    Gadodiamide,
    Gadofosveset,
    Gadolinium,
    GadopentetateDimeglumine,
    GadoterateMeglumine,
    Gadoteridol,
    Gadoversetamide,
    GadoxetateDisodium,
    IodamideMeglumine,
    Iodipamide,
    Iodixanol,
    IodizedOil,
    IodoalphionicAcid,
    Iodophthalein,
    Iodopyracet,
    Iohexol,
    IonicIodinatedContrastAgent,
    Iopamidol,
    IopanoicAcid,
    Iophendylate,
    IophenoxicAcid,
    Iopromide,
    Iothalamate,
    Ioversol,
    Ioxaglate,
    Ioxilan,
    Ipodate,
    MangafodipirTrisodium,
    MeglumineDiatrizoate,
    MeglumineIodipamide,
    Metrizamide,
    Metrizoate,
    NonIonicIodinatedContrastAgent,
    NonRadiopaqueMedium,
    Oxygen,
    Propyliodone,
    SodiumAcetrizoate,
    SodiumDiprotrizoate,
    SodiumIodipamide,
    SodiumIodomethamate,
    SodiumTyropanoate,
    Water,
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
