"""CID 18 Radiopharmaceutical Isotope.

Extensible, version 20201116, UID 1.2.840.10008.6.1.12.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 18
NAME: _Final[str] = "Radiopharmaceutical Isotope"
KEYWORD: _Final[str | None] = "RadiopharmaceuticalIsotope"
UID: _Final[str | None] = "1.2.840.10008.6.1.12"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20201116"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V14Carbon: _Final[_Code] = _Code("SCT", "71647005", "^14^Carbon", (18,))
"""^14^Carbon (SCT 71647005)."""

V18Fluorine: _Final[_Code] = _Code("SCT", "77004003", "^18^Fluorine", (18, 4020))
"""^18^Fluorine (SCT 77004003)."""

V22Sodium: _Final[_Code] = _Code("SCT", "71633006", "^22^Sodium", (18, 4020, 4021))
"""^22^Sodium (SCT 71633006)."""

V24Sodium: _Final[_Code] = _Code("SCT", "58541008", "^24^Sodium", (18,))
"""^24^Sodium (SCT 58541008)."""

V32Phosphorus: _Final[_Code] = _Code("SCT", "32505007", "^32^Phosphorus", (18, 9528))
"""^32^Phosphorus (SCT 32505007)."""

V42Potassium: _Final[_Code] = _Code("SCT", "59844004", "^42^Potassium", (18,))
"""^42^Potassium (SCT 59844004)."""

V43Potassium: _Final[_Code] = _Code("SCT", "8202008", "^43^Potassium", (18,))
"""^43^Potassium (SCT 8202008)."""

V51Chromium: _Final[_Code] = _Code("SCT", "52745005", "^51^Chromium", (18,))
"""^51^Chromium (SCT 52745005)."""

V57Cobalt: _Final[_Code] = _Code("SCT", "27054007", "^57^Cobalt", (18,))
"""^57^Cobalt (SCT 27054007)."""

V58Cobalt: _Final[_Code] = _Code("SCT", "89272005", "^58^Cobalt", (18,))
"""^58^Cobalt (SCT 89272005)."""

V59Iron: _Final[_Code] = _Code("SCT", "68580003", "^59^Iron", (18,))
"""^59^Iron (SCT 68580003)."""

V60Cobalt: _Final[_Code] = _Code("SCT", "5405008", "^60^Cobalt", (18, 9527, 9528))
"""^60^Cobalt (SCT 5405008)."""

V64Copper: _Final[_Code] = _Code("SCT", "3932008", "^64^Copper", (18, 4020))
"""^64^Copper (SCT 3932008)."""

V67Copper: _Final[_Code] = _Code("SCT", "53700003", "^67^Copper", (18,))
"""^67^Copper (SCT 53700003)."""

V67Gallium: _Final[_Code] = _Code("SCT", "2008008", "^67^Gallium", (18,))
"""^67^Gallium (SCT 2008008)."""

V75Selenium: _Final[_Code] = _Code("SCT", "43239002", "^75^Selenium", (18,))
"""^75^Selenium (SCT 43239002)."""

V81mKrypton: _Final[_Code] = _Code("SCT", "61716009", "^81m^Krypton", (18, 25))
"""^81m^Krypton (SCT 61716009)."""

V85Krypton: _Final[_Code] = _Code("SCT", "34127007", "^85^Krypton", (18,))
"""^85^Krypton (SCT 34127007)."""

V85Strontium: _Final[_Code] = _Code("SCT", "111084009", "^85^Strontium", (18,))
"""^85^Strontium (SCT 111084009)."""

V87mStrontium: _Final[_Code] = _Code("SCT", "78023008", "^87m^Strontium", (18,))
"""^87m^Strontium (SCT 78023008)."""

V89Strontium: _Final[_Code] = _Code("SCT", "7770004", "^89^Strontium", (18,))
"""^89^Strontium (SCT 7770004)."""

V90Yttrium: _Final[_Code] = _Code("SCT", "14691008", "^90^Yttrium", (18, 4020, 9528))
"""^90^Yttrium (SCT 14691008)."""

V97Ruthenium: _Final[_Code] = _Code("SCT", "23788009", "^97^Ruthenium", (18,))
"""^97^Ruthenium (SCT 23788009)."""

V99mTechnetium: _Final[_Code] = _Code("SCT", "72454006", "^99m^Technetium", (18,))
"""^99m^Technetium (SCT 72454006)."""

V111Indium: _Final[_Code] = _Code("SCT", "56609000", "^111^Indium", (18,))
"""^111^Indium (SCT 56609000)."""

V113mIndium: _Final[_Code] = _Code("SCT", "48895003", "^113m^Indium", (18,))
"""^113m^Indium (SCT 48895003)."""

V123Iodine: _Final[_Code] = _Code("SCT", "21572004", "^123^Iodine", (18,))
"""^123^Iodine (SCT 21572004)."""

V125Iodine: _Final[_Code] = _Code("SCT", "68630002", "^125^Iodine", (18, 9528))
"""^125^Iodine (SCT 68630002)."""

V127Xenon: _Final[_Code] = _Code("SCT", "27081007", "^127^Xenon", (18,))
"""^127^Xenon (SCT 27081007)."""

V131Iodine: _Final[_Code] = _Code("SCT", "1368003", "^131^Iodine", (18,))
"""^131^Iodine (SCT 1368003)."""

V133Barium: _Final[_Code] = _Code("SCT", "3027009", "^133^Barium", (18,))
"""^133^Barium (SCT 3027009)."""

V133Xenon: _Final[_Code] = _Code("SCT", "80751004", "^133^Xenon", (18,))
"""^133^Xenon (SCT 80751004)."""

V153Gadolinium: _Final[_Code] = _Code("SCT", "14529005", "^153^Gadolinium", (18,))
"""^153^Gadolinium (SCT 14529005)."""

V153Samarium: _Final[_Code] = _Code("SCT", "419804008", "^153^Samarium", (18,))
"""^153^Samarium (SCT 419804008)."""

V166Holmium: _Final[_Code] = _Code("NCIt", "C1943", "^166^Holmium", (18,))
"""^166^Holmium (NCIt C1943)."""

V169Ytterbium: _Final[_Code] = _Code("SCT", "41758004", "^169^Ytterbium", (18, 9528))
"""^169^Ytterbium (SCT 41758004)."""

V177Lutetium: _Final[_Code] = _Code("SCT", "447553000", "^177^Lutetium", (18,))
"""^177^Lutetium (SCT 447553000)."""

V178Tantalum: _Final[_Code] = _Code("SCT", "6301006", "^178^Tantalum", (18,))
"""^178^Tantalum (SCT 6301006)."""

V186Rhenium: _Final[_Code] = _Code("SCT", "395865006", "^186^Rhenium", (18,))
"""^186^Rhenium (SCT 395865006)."""

V188Rhenium: _Final[_Code] = _Code("SCT", "423578007", "^188^Rhenium", (18,))
"""^188^Rhenium (SCT 423578007)."""

V191mIridium: _Final[_Code] = _Code("DCM", "126604", "^191m^Iridium", (18,))
"""^191m^Iridium (DCM 126604)."""

V198Gold: _Final[_Code] = _Code("SCT", "24301009", "^198^Gold", (18, 9528))
"""^198^Gold (SCT 24301009)."""

V199Gold: _Final[_Code] = _Code("SCT", "70544003", "^199^Gold", (18,))
"""^199^Gold (SCT 70544003)."""

V201Thallium: _Final[_Code] = _Code("SCT", "60057003", "^201^Thallium", (18,))
"""^201^Thallium (SCT 60057003)."""

V203Lead: _Final[_Code] = _Code("SCT", "47588004", "^203^Lead", (18,))
"""^203^Lead (SCT 47588004)."""

V223Radium: _Final[_Code] = _Code("SCT", "24853006", "^223^Radium", (18,))
"""^223^Radium (SCT 24853006)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_14Carbon: _Final[_Code] = V14Carbon
_18Fluorine: _Final[_Code] = V18Fluorine
_22Sodium: _Final[_Code] = V22Sodium
_24Sodium: _Final[_Code] = V24Sodium
_32Phosphorus: _Final[_Code] = V32Phosphorus
_42Potassium: _Final[_Code] = V42Potassium
_43Potassium: _Final[_Code] = V43Potassium
_51Chromium: _Final[_Code] = V51Chromium
_57Cobalt: _Final[_Code] = V57Cobalt
_58Cobalt: _Final[_Code] = V58Cobalt
_59Iron: _Final[_Code] = V59Iron
_60Cobalt: _Final[_Code] = V60Cobalt
_64Copper: _Final[_Code] = V64Copper
_67Copper: _Final[_Code] = V67Copper
_67Gallium: _Final[_Code] = V67Gallium
_75Selenium: _Final[_Code] = V75Selenium
_81mKrypton: _Final[_Code] = V81mKrypton
_85Krypton: _Final[_Code] = V85Krypton
_85Strontium: _Final[_Code] = V85Strontium
_87mStrontium: _Final[_Code] = V87mStrontium
_89Strontium: _Final[_Code] = V89Strontium
_90Yttrium: _Final[_Code] = V90Yttrium
_97Ruthenium: _Final[_Code] = V97Ruthenium
_99mTechnetium: _Final[_Code] = V99mTechnetium
_111Indium: _Final[_Code] = V111Indium
_113mIndium: _Final[_Code] = V113mIndium
_123Iodine: _Final[_Code] = V123Iodine
_125Iodine: _Final[_Code] = V125Iodine
_127Xenon: _Final[_Code] = V127Xenon
_131Iodine: _Final[_Code] = V131Iodine
_133Barium: _Final[_Code] = V133Barium
_133Xenon: _Final[_Code] = V133Xenon
_153Gadolinium: _Final[_Code] = V153Gadolinium
_153Samarium: _Final[_Code] = V153Samarium
_166Holmium: _Final[_Code] = V166Holmium
_169Ytterbium: _Final[_Code] = V169Ytterbium
_177Lutetium: _Final[_Code] = V177Lutetium
_178Tantalum: _Final[_Code] = V178Tantalum
_186Rhenium: _Final[_Code] = V186Rhenium
_188Rhenium: _Final[_Code] = V188Rhenium
_191mIridium: _Final[_Code] = V191mIridium
_198Gold: _Final[_Code] = V198Gold
_199Gold: _Final[_Code] = V199Gold
_201Thallium: _Final[_Code] = V201Thallium
_203Lead: _Final[_Code] = V203Lead
_223Radium: _Final[_Code] = V223Radium

MEMBERS: _Final[tuple[_Code, ...]] = (
    V14Carbon,
    V18Fluorine,
    V22Sodium,
    V24Sodium,
    V32Phosphorus,
    V42Potassium,
    V43Potassium,
    V51Chromium,
    V57Cobalt,
    V58Cobalt,
    V59Iron,
    V60Cobalt,
    V64Copper,
    V67Copper,
    V67Gallium,
    V75Selenium,
    V81mKrypton,
    V85Krypton,
    V85Strontium,
    V87mStrontium,
    V89Strontium,
    V90Yttrium,
    V97Ruthenium,
    V99mTechnetium,
    V111Indium,
    V113mIndium,
    V123Iodine,
    V125Iodine,
    V127Xenon,
    V131Iodine,
    V133Barium,
    V133Xenon,
    V153Gadolinium,
    V153Samarium,
    V166Holmium,
    V169Ytterbium,
    V177Lutetium,
    V178Tantalum,
    V186Rhenium,
    V188Rhenium,
    V191mIridium,
    V198Gold,
    V199Gold,
    V201Thallium,
    V203Lead,
    V223Radium,
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
