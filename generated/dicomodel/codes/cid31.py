"""CID 31 Abstract Prior.

Extensible, version 20170914, UID 1.2.840.10008.6.1.21.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 31
NAME: _Final[str] = "Abstract Prior"
KEYWORD: _Final[str | None] = "AbstractPrior"
UID: _Final[str | None] = "1.2.840.10008.6.1.21"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OnAdmission: _Final[_Code] = _Code("SCT", "278307001", "On admission", (31,))
"""On admission (SCT 278307001)."""

Intraoperative: _Final[_Code] = _Code("SCT", "277671009", "Intraoperative", (31, 632))
"""Intraoperative (SCT 277671009)."""

PreAdmission: _Final[_Code] = _Code("SCT", "281379000", "Pre-admission", (31,))
"""Pre-admission (SCT 281379000)."""

PreDose: _Final[_Code] = _Code("SCT", "255235001", "Pre-dose", (31,))
"""Pre-dose (SCT 255235001)."""

PostDose: _Final[_Code] = _Code("SCT", "255566006", "Post-dose", (31,))
"""Post-dose (SCT 255566006)."""

PreOperative: _Final[_Code] = _Code("SCT", "262068006", "Pre-operative", (31, 632, 3201, 6146))
"""Pre-operative (SCT 262068006)."""

PostOperative: _Final[_Code] = _Code("SCT", "262061000", "Post-operative", (31, 632, 6146))
"""Post-operative (SCT 262061000)."""

OnAdmissionToUnit: _Final[_Code] = _Code("DCM", "109120", "On admission to unit", (31,))
"""On admission to unit (DCM 109120)."""

OnDischarge: _Final[_Code] = _Code("DCM", "109121", "On discharge", (31,))
"""On discharge (DCM 109121)."""

OnDischargeFromUnit: _Final[_Code] = _Code("DCM", "109122", "On discharge from unit", (31,))
"""On discharge from unit (DCM 109122)."""

PreIntervention: _Final[_Code] = _Code("DCM", "109123", "Pre-intervention", (31,))
"""Pre-intervention (DCM 109123)."""

PostIntervention: _Final[_Code] = _Code("DCM", "109124", "Post-intervention", (31,))
"""Post-intervention (DCM 109124)."""

AtLastAppointment: _Final[_Code] = _Code("DCM", "109125", "At last appointment", (31,))
"""At last appointment (DCM 109125)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    OnAdmission,
    Intraoperative,
    PreAdmission,
    PreDose,
    PostDose,
    PreOperative,
    PostOperative,
    OnAdmissionToUnit,
    OnDischarge,
    OnDischargeFromUnit,
    PreIntervention,
    PostIntervention,
    AtLastAppointment,
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
