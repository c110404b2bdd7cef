"""CID 66 Imaging Agent Administration Medication.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1256.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Propofol: _Final[_groups.Cid66Code]
Midazolam: _Final[_groups.Cid66Code]
Sufentanil: _Final[_groups.Cid66Code]
Remifentanil: _Final[_groups.Cid66Code]
Alfentanil: _Final[_groups.Cid66Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid66Code]]
