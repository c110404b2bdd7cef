"""CID 9563 Radiotherapy Interlock Resolution.

Extensible, version 20220116, UID 1.2.840.10008.6.1.1320.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9563
NAME: _Final[str] = "Radiotherapy Interlock Resolution"
KEYWORD: _Final[str | None] = "RadiotherapyInterlockResolution"
UID: _Final[str | None] = "1.2.840.10008.6.1.1320"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220116"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TreatmentTerminated: _Final[_Code] = _Code("DCM", "130453", "Treatment Terminated", (9563,))
"""Treatment Terminated (DCM 130453)."""

InterlockOverridden: _Final[_Code] = _Code("DCM", "130454", "Interlock Overridden", (9563,))
"""Interlock Overridden (DCM 130454)."""

PatientRepositioned: _Final[_Code] = _Code("DCM", "130455", "Patient Repositioned", (9563,))
"""Patient Repositioned (DCM 130455)."""

InterlockResolved: _Final[_Code] = _Code("DCM", "130744", "Interlock Resolved", (9563,))
"""Interlock Resolved (DCM 130744)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TreatmentTerminated,
    InterlockOverridden,
    PatientRepositioned,
    InterlockResolved,
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
