"""CID 6348 Prostate MRI Assessment of Extra-prostatic Anatomic Site.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1405.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MaleExternalUrethralSphincter: _Final[_groups.Cid6348Code]
NeurovascularBundleOfProstate: _Final[_groups.Cid6348Code]
SeminalVesicle: _Final[_groups.Cid6348Code]
LymphNode: _Final[_groups.Cid6348Code]
Rectum: _Final[_groups.Cid6348Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6348Code]]
