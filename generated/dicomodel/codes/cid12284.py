"""CID 12284 Cardiac Ultrasound Atria and Atrial Septum Finding Site.

Extensible, version 20160314, UID 1.2.840.10008.6.1.864.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12284
NAME: _Final[str] = "Cardiac Ultrasound Atria and Atrial Septum Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundAtriaAndAtrialSeptumFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.864"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RightAtrium: _Final[_Code] = _Code(
    "SCT", "73829009", "Right Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Right Atrium (SCT 73829009)."""

LeftAtrium: _Final[_Code] = _Code(
    "SCT", "82471001", "Left Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Left Atrium (SCT 82471001)."""

CommonAtrium: _Final[_Code] = _Code("SCT", "253276007", "Common Atrium", (3010, 3608, 12284))
"""Common Atrium (SCT 253276007)."""

LeftAuricularAppendage: _Final[_Code] = _Code(
    "SCT", "33626005", "Left Auricular Appendage", (3010, 3011, 12284)
)
"""Left Auricular Appendage (SCT 33626005)."""

RightAuricularAppendage: _Final[_Code] = _Code(
    "SCT", "68300000", "Right Auricular Appendage", (3010, 3011, 12284)
)
"""Right Auricular Appendage (SCT 68300000)."""

InteratrialSeptumStructure: _Final[_Code] = _Code(
    "SCT", "58095006", "Interatrial Septum Structure", (6116, 12284)
)
"""Interatrial Septum Structure (SCT 58095006)."""

AtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "70142008", "Atrial Septal Defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial Septal Defect (SCT 70142008)."""

LimbusOfFossaOvalis: _Final[_Code] = _Code("SCT", "84712000", "Limbus of Fossa Ovalis", (12284,))
"""Limbus of Fossa Ovalis (SCT 84712000)."""

PatentForamenOvale: _Final[_Code] = _Code("SCT", "204317008", "Patent Foramen Ovale", (12284,))
"""Patent Foramen Ovale (SCT 204317008)."""

FontanFenestration: _Final[_Code] = _Code("SCT", "443724003", "Fontan Fenestration", (12282, 12284))
"""Fontan Fenestration (SCT 443724003)."""

FontanBaffleLeak: _Final[_Code] = _Code("SCT", "443461006", "Fontan Baffle Leak", (12282, 12284))
"""Fontan Baffle Leak (SCT 443461006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RightAtrium,
    LeftAtrium,
    CommonAtrium,
    LeftAuricularAppendage,
    RightAuricularAppendage,
    InteratrialSeptumStructure,
    AtrialSeptalDefect,
    LimbusOfFossaOvalis,
    PatentForamenOvale,
    FontanFenestration,
    FontanBaffleLeak,
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
