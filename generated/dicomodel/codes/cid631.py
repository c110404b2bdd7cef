"""CID 631 Procedure Phase Requiring Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1096.
Includes CID 632, CID 12102.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 631
NAME: _Final[str] = "Procedure Phase Requiring Anesthesia"
KEYWORD: _Final[str | None] = "ProcedurePhaseRequiringAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1096"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = (632, 12102)
EXTERNAL_SCHEME: _Final[str | None] = None

Preoperative: _Final[_Code] = _Code("SCT", "262068006", "Preoperative", (31, 632, 3201, 6146))
"""Preoperative (SCT 262068006). Included from CID 632."""

Intraoperative: _Final[_Code] = _Code("SCT", "277671009", "Intraoperative", (31, 632))
"""Intraoperative (SCT 277671009). Included from CID 632."""

Postoperative: _Final[_Code] = _Code("SCT", "262061000", "Postoperative", (31, 632, 6146))
"""Postoperative (SCT 262061000). Included from CID 632."""

AfterProcedure: _Final[_Code] = _Code("SCT", "303110006", "After Procedure", (3815, 12102))
"""After Procedure (SCT 303110006). Included from CID 12102."""

DuringProcedure: _Final[_Code] = _Code("SCT", "307154001", "During Procedure", (12102,))
"""During Procedure (SCT 307154001). Included from CID 12102."""

BeforeProcedure: _Final[_Code] = _Code("SCT", "307153007", "Before Procedure", (12102,))
"""Before Procedure (SCT 307153007). Included from CID 12102."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Preoperative,
    Intraoperative,
    Postoperative,
    AfterProcedure,
    DuringProcedure,
    BeforeProcedure,
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
