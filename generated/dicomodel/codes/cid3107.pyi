"""CID 3107 PET Cardiology Radiopharmaceutical.

Extensible, version 20080927, UID 1.2.840.10008.6.1.740.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FluorodeoxyglucoseF18: _Final[_groups.Cid3107Code]
V13Nitrogen: _Final[_groups.Cid3107Code]
V82Rubidium: _Final[_groups.Cid3107Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3107Code]]
