"""CID 19 Patient Orientation.

Extensible, version 20160314, UID 1.2.840.10008.6.1.13.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 19
NAME: _Final[str] = "Patient Orientation"
KEYWORD: _Final[str | None] = "PatientOrientation"
UID: _Final[str | None] = "1.2.840.10008.6.1.13"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Erect: _Final[_Code] = _Code("NCIt", "C86043", "erect", (19,))
"""erect (NCIt C86043)."""

Recumbent: _Final[_Code] = _Code("SCT", "102538003", "recumbent", (19,))
"""recumbent (SCT 102538003)."""

SemiErect: _Final[_Code] = _Code("SCT", "102539006", "semi-erect", (19,))
"""semi-erect (SCT 102539006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Erect, Recumbent, SemiErect)
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
