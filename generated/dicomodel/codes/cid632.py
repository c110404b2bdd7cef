"""CID 632 Surgical Procedure Phase Requiring Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1097.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 632
NAME: _Final[str] = "Surgical Procedure Phase Requiring Anesthesia"
KEYWORD: _Final[str | None] = "SurgicalProcedurePhaseRequiringAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1097"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Preoperative: _Final[_Code] = _Code("SCT", "262068006", "Preoperative", (31, 632, 3201, 6146))
"""Preoperative (SCT 262068006)."""

Intraoperative: _Final[_Code] = _Code("SCT", "277671009", "Intraoperative", (31, 632))
"""Intraoperative (SCT 277671009)."""

Postoperative: _Final[_Code] = _Code("SCT", "262061000", "Postoperative", (31, 632, 6146))
"""Postoperative (SCT 262061000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Preoperative, Intraoperative, Postoperative)
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
