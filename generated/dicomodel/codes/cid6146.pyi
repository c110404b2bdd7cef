"""CID 6146 Time Point Type.

Extensible, version 20221002, UID 1.2.840.10008.6.1.1002.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Baseline: _Final[_groups.Cid6146Code]
Pretreatment: _Final[_groups.Cid6146Code]
Posttreatment: _Final[_groups.Cid6146Code]
Eligibility: _Final[_groups.Cid6146Code]
Unscheduled: _Final[_groups.Cid6146Code]
Nadir: _Final[_groups.Cid6146Code]
PreOperative: _Final[_groups.Cid6146Code]
PostOperative: _Final[_groups.Cid6146Code]
PostRadiation: _Final[_groups.Cid6146Code]
PostChemotherapy: _Final[_groups.Cid6146Code]
MaintenanceTherapy: _Final[_groups.Cid6146Code]
RecurrenceOfTumor: _Final[_groups.Cid6146Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6146Code]]
