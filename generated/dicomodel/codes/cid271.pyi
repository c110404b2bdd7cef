"""CID 271 Observation Subject Class.

Non-extensible, version 20071102, UID 1.2.840.10008.6.1.41.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Patient: _Final[_groups.Cid271Code]
Fetus: _Final[_groups.Cid271Code]
Specimen: _Final[_groups.Cid271Code]
DeviceSubject: _Final[_groups.Cid271Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid271Code]]
