"""CID 12035 Ultrasound Transducer Application.

Extensible, version 20240324, UID 1.2.840.10008.6.1.810.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ExternalTransducer: _Final[_groups.Cid12035Code]
TransesophagealTransducer: _Final[_groups.Cid12035Code]
EndovaginalTransducer: _Final[_groups.Cid12035Code]
EndorectalTransducer: _Final[_groups.Cid12035Code]
IntravascularTransducer: _Final[_groups.Cid12035Code]
EndocavitaryTransducer: _Final[_groups.Cid12035Code]
IntraoperativeTransducer: _Final[_groups.Cid12035Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12035Code]]
