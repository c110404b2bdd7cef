"""CID 12293 Cardiac Ultrasound Aortopulmonary Connection Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.873.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12293
NAME: _Final[str] = "Cardiac Ultrasound Aortopulmonary Connection Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundAortopulmonaryConnectionFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.873"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PatentDuctusArteriosus: _Final[_Code] = _Code(
    "SCT", "83330001", "Patent Ductus Arteriosus", (3010, 3606, 12293)
)
"""Patent Ductus Arteriosus (SCT 83330001)."""

AortaToPulmonaryArteryConnection: _Final[_Code] = _Code(
    "SCT", "443096004", "Aorta to Pulmonary Artery Connection", (12290, 12293)
)
"""Aorta to Pulmonary Artery Connection (SCT 443096004)."""

ArteriovenousFistula: _Final[_Code] = _Code("SCT", "439470001", "Arteriovenous Fistula", (12293,))
"""Arteriovenous Fistula (SCT 439470001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PatentDuctusArteriosus,
    AortaToPulmonaryArteryConnection,
    ArteriovenousFistula,
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
