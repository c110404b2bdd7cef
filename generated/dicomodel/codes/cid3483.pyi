"""CID 3483 IVUS Longitudinal Measurement.

Extensible, version 20050110, UID 1.2.840.10008.6.1.118.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StentLength: _Final[_groups.Cid3483Code]
StenoticLesionLength: _Final[_groups.Cid3483Code]
CalciumLength: _Final[_groups.Cid3483Code]
StentGap: _Final[_groups.Cid3483Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3483Code]]
