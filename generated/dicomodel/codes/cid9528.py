"""CID 9528 Brachytherapy Isotope.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1238.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9528
NAME: _Final[str] = "Brachytherapy Isotope"
KEYWORD: _Final[str | None] = "BrachytherapyIsotope"
UID: _Final[str | None] = "1.2.840.10008.6.1.1238"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V137Cesium: _Final[_Code] = _Code("SCT", "55117002", "^137^Cesium", (9528,))
"""^137^Cesium (SCT 55117002)."""

V131Cesium: _Final[_Code] = _Code("SCT", "13237009", "^131^Cesium", (9528,))
"""^131^Cesium (SCT 13237009)."""

V192Iridium: _Final[_Code] = _Code("SCT", "48341001", "^192^Iridium", (9528,))
"""^192^Iridium (SCT 48341001)."""

V125Iodine: _Final[_Code] = _Code("SCT", "68630002", "^125^Iodine", (18, 9528))
"""^125^Iodine (SCT 68630002)."""

V103Palladium: _Final[_Code] = _Code("SCT", "9351000", "^103^Palladium", (9528,))
"""^103^Palladium (SCT 9351000)."""

V252Californium: _Final[_Code] = _Code("SCT", "35978008", "^252^Californium", (9528,))
"""^252^Californium (SCT 35978008)."""

V60Cobalt: _Final[_Code] = _Code("SCT", "5405008", "^60^Cobalt", (18, 9527, 9528))
"""^60^Cobalt (SCT 5405008)."""

V226Radium: _Final[_Code] = _Code("SCT", "28243009", "^226^Radium", (9528,))
"""^226^Radium (SCT 28243009)."""

V90Yttrium: _Final[_Code] = _Code("SCT", "14691008", "^90^Yttrium", (18, 4020, 9528))
"""^90^Yttrium (SCT 14691008)."""

V198Gold: _Final[_Code] = _Code("SCT", "24301009", "^198^Gold", (18, 9528))
"""^198^Gold (SCT 24301009)."""

V32Phosphorus: _Final[_Code] = _Code("SCT", "32505007", "^32^Phosphorus", (18, 9528))
"""^32^Phosphorus (SCT 32505007)."""

V222Radon: _Final[_Code] = _Code("SCT", "51800004", "^222^Radon", (9528,))
"""^222^Radon (SCT 51800004)."""

V90Strontium: _Final[_Code] = _Code("SCT", "14071002", "^90^Strontium", (9528,))
"""^90^Strontium (SCT 14071002)."""

V106Ruthenium: _Final[_Code] = _Code("SCT", "8227001", "^106^Ruthenium", (9528,))
"""^106^Ruthenium (SCT 8227001)."""

V169Ytterbium: _Final[_Code] = _Code("SCT", "41758004", "^169^Ytterbium", (18, 9528))
"""^169^Ytterbium (SCT 41758004)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_137Cesium: _Final[_Code] = V137Cesium
_131Cesium: _Final[_Code] = V131Cesium
_192Iridium: _Final[_Code] = V192Iridium
_125Iodine: _Final[_Code] = V125Iodine
_103Palladium: _Final[_Code] = V103Palladium
_252Californium: _Final[_Code] = V252Californium
_60Cobalt: _Final[_Code] = V60Cobalt
_226Radium: _Final[_Code] = V226Radium
_90Yttrium: _Final[_Code] = V90Yttrium
_198Gold: _Final[_Code] = V198Gold
_32Phosphorus: _Final[_Code] = V32Phosphorus
_222Radon: _Final[_Code] = V222Radon
_90Strontium: _Final[_Code] = V90Strontium
_106Ruthenium: _Final[_Code] = V106Ruthenium
_169Ytterbium: _Final[_Code] = V169Ytterbium

MEMBERS: _Final[tuple[_Code, ...]] = (
    V137Cesium,
    V131Cesium,
    V192Iridium,
    V125Iodine,
    V103Palladium,
    V252Californium,
    V60Cobalt,
    V226Radium,
    V90Yttrium,
    V198Gold,
    V32Phosphorus,
    V222Radon,
    V90Strontium,
    V106Ruthenium,
    V169Ytterbium,
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
