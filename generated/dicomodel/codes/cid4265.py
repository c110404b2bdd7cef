"""CID 4265 Ophthalmic Thickness Deviation Category.

Extensible, version 20110825, UID 1.2.840.10008.6.1.941.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4265
NAME: _Final[str] = "Ophthalmic Thickness Deviation Category"
KEYWORD: _Final[str | None] = "OphthalmicThicknessDeviationCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.941"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110825"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PGreaterThan5Percent: _Final[_Code] = _Code("DCM", "111935", "p>5%", (4265,))
"""p>5% (DCM 111935)."""

PLesserThan5Percent: _Final[_Code] = _Code("DCM", "111936", "p<5%", (4265,))
"""p<5% (DCM 111936)."""

PLesserThan2Percent: _Final[_Code] = _Code("DCM", "111937", "p<2%", (4265,))
"""p<2% (DCM 111937)."""

PLesserThan1Percent: _Final[_Code] = _Code("DCM", "111938", "p<1%", (4265,))
"""p<1% (DCM 111938)."""

PLesserThan0Point5Percent: _Final[_Code] = _Code("DCM", "111939", "p<0.5%", (4265,))
"""p<0.5% (DCM 111939)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PGreaterThan5Percent,
    PLesserThan5Percent,
    PLesserThan2Percent,
    PLesserThan1Percent,
    PLesserThan0Point5Percent,
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
