"""CID 66 Imaging Agent Administration Medication.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1256.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 66
NAME: _Final[str] = "Imaging Agent Administration Medication"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationMedication"
UID: _Final[str | None] = "1.2.840.10008.6.1.1256"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Propofol: _Final[_Code] = _Code("SCT", "387423006", "Propofol", (66, 625))
"""Propofol (SCT 387423006)."""

Midazolam: _Final[_Code] = _Code("SCT", "373476007", "Midazolam", (66, 625))
"""Midazolam (SCT 373476007)."""

Sufentanil: _Final[_Code] = _Code("SCT", "49998007", "Sufentanil", (66,))
"""Sufentanil (SCT 49998007)."""

Remifentanil: _Final[_Code] = _Code("SCT", "386839004", "Remifentanil", (66,))
"""Remifentanil (SCT 386839004)."""

Alfentanil: _Final[_Code] = _Code("SCT", "387560008", "Alfentanil", (66,))
"""Alfentanil (SCT 387560008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Propofol, Midazolam, Sufentanil, Remifentanil, Alfentanil)
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
