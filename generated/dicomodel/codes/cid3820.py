"""CID 3820 Non-invasive Vascular Procedure.

Extensible, version 20220922, UID 1.2.840.10008.6.1.276.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3820
NAME: _Final[str] = "Non-invasive Vascular Procedure"
KEYWORD: _Final[str | None] = "NoninvasiveVascularProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.276"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VascularMRI: _Final[_Code] = _Code("SCT", "241663008", "vascular MRI", (3757, 3820))
"""vascular MRI (SCT 241663008)."""

CardiacMRI: _Final[_Code] = _Code("SCT", "241620005", "cardiac MRI", (3206, 3757, 3820))
"""cardiac MRI (SCT 241620005)."""

CardiovascularCT: _Final[_Code] = _Code("SCT", "303680000", "cardiovascular CT", (3820,))
"""cardiovascular CT (SCT 303680000)."""

CTOfAbdominalAorta: _Final[_Code] = _Code("SCT", "241553009", "CT of abdominal aorta", (3820,))
"""CT of abdominal aorta (SCT 241553009)."""

CTOfAbdominalAortaWithoutContrast: _Final[_Code] = _Code(
    "SCT", "1187246003", "CT of abdominal aorta without contrast", (3820,)
)
"""CT of abdominal aorta without contrast (SCT 1187246003)."""

CTArteriographyOfAbdominalAortaWithContrast: _Final[_Code] = _Code(
    "SCT", "444968003", "CT arteriography of abdominal aorta with contrast", (3820,)
)
"""CT arteriography of abdominal aorta with contrast (SCT 444968003)."""

TrunkAngiography: _Final[_Code] = _Code("SCT", "303827001", "trunk angiography", (3820,))
"""trunk angiography (SCT 303827001)."""

PeripheralAngiography: _Final[_Code] = _Code("SCT", "271993009", "peripheral angiography", (3820,))
"""peripheral angiography (SCT 271993009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    VascularMRI,
    CardiacMRI,
    CardiovascularCT,
    CTOfAbdominalAorta,
    CTOfAbdominalAortaWithoutContrast,
    CTArteriographyOfAbdominalAortaWithContrast,
    TrunkAngiography,
    PeripheralAngiography,
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
