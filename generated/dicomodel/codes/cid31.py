"""CID 31 Abstract Prior.

Extensible, version 20170914, UID 1.2.840.10008.6.1.21.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 31
NAME: Final[str] = "Abstract Prior"
KEYWORD: Final[str | None] = "AbstractPrior"
UID: Final[str | None] = "1.2.840.10008.6.1.21"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OnAdmission: Final[Code] = Code("SCT", "278307001", "On admission", (31,))
"""On admission (SCT 278307001)."""

Intraoperative: Final[Code] = Code("SCT", "277671009", "Intraoperative", (31, 632))
"""Intraoperative (SCT 277671009)."""

PreAdmission: Final[Code] = Code("SCT", "281379000", "Pre-admission", (31,))
"""Pre-admission (SCT 281379000)."""

PreDose: Final[Code] = Code("SCT", "255235001", "Pre-dose", (31,))
"""Pre-dose (SCT 255235001)."""

PostDose: Final[Code] = Code("SCT", "255566006", "Post-dose", (31,))
"""Post-dose (SCT 255566006)."""

PreOperative: Final[Code] = Code("SCT", "262068006", "Pre-operative", (31, 632, 3201, 6146))
"""Pre-operative (SCT 262068006)."""

PostOperative: Final[Code] = Code("SCT", "262061000", "Post-operative", (31, 632, 6146))
"""Post-operative (SCT 262061000)."""

OnAdmissionToUnit: Final[Code] = Code("DCM", "109120", "On admission to unit", (31,))
"""On admission to unit (DCM 109120)."""

OnDischarge: Final[Code] = Code("DCM", "109121", "On discharge", (31,))
"""On discharge (DCM 109121)."""

OnDischargeFromUnit: Final[Code] = Code("DCM", "109122", "On discharge from unit", (31,))
"""On discharge from unit (DCM 109122)."""

PreIntervention: Final[Code] = Code("DCM", "109123", "Pre-intervention", (31,))
"""Pre-intervention (DCM 109123)."""

PostIntervention: Final[Code] = Code("DCM", "109124", "Post-intervention", (31,))
"""Post-intervention (DCM 109124)."""

AtLastAppointment: Final[Code] = Code("DCM", "109125", "At last appointment", (31,))
"""At last appointment (DCM 109125)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
