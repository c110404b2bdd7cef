"""CID 62 Imaging Agent Administration Phase Type.

Extensible, version 20210325, UID 1.2.840.10008.6.1.1252.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AutomaticProgrammedAdministrationPhase: _Final[_groups.Cid62Code]
AutomaticProgrammedDelayPhase: _Final[_groups.Cid62Code]
AutomatedManualInjectPhase: _Final[_groups.Cid62Code]
AutomaticProgrammedWaitPhase: _Final[_groups.Cid62Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid62Code]]
