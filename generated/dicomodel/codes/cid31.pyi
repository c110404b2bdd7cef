"""CID 31 Abstract Prior.

Extensible, version 20170914, UID 1.2.840.10008.6.1.21.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

OnAdmission: _Final[_groups.Cid31Code]
Intraoperative: _Final[_groups.Cid31Code]
PreAdmission: _Final[_groups.Cid31Code]
PreDose: _Final[_groups.Cid31Code]
PostDose: _Final[_groups.Cid31Code]
PreOperative: _Final[_groups.Cid31Code]
PostOperative: _Final[_groups.Cid31Code]
OnAdmissionToUnit: _Final[_groups.Cid31Code]
OnDischarge: _Final[_groups.Cid31Code]
OnDischargeFromUnit: _Final[_groups.Cid31Code]
PreIntervention: _Final[_groups.Cid31Code]
PostIntervention: _Final[_groups.Cid31Code]
AtLastAppointment: _Final[_groups.Cid31Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid31Code]]
