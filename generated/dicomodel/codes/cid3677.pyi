"""CID 3677 Summary Codes ECG.

Extensible, version 20111028, UID 1.2.840.10008.6.1.191.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NormalECG: _Final[_groups.Cid3677Code]
AbnormalECG: _Final[_groups.Cid3677Code]
BorderlineNormalECG: _Final[_groups.Cid3677Code]
ECGEquivocal: _Final[_groups.Cid3677Code]
NonDiagnosticECG: _Final[_groups.Cid3677Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3677Code]]
