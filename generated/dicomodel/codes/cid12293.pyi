"""CID 12293 Cardiac Ultrasound Aortopulmonary Connection Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.873.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PatentDuctusArteriosus: _Final[_groups.Cid12293Code]
AortaToPulmonaryArteryConnection: _Final[_groups.Cid12293Code]
ArteriovenousFistula: _Final[_groups.Cid12293Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12293Code]]
