"""Whether an object may be written: the one place every writer asks.

``to_dataset``, ``to_json_dict``, ``to_json`` and ``write_part10`` all build a
``Dataset`` through :func:`dicomodel.serialize.dataset.to_dataset`, which calls
:func:`check_writable` unless the caller passes ``check=False``. What is refused
is what :func:`write_problems` lists: the issues a strict read of the data set
about to be written finds (values set past validation, a non-strict read's
problems that are still there, required attributes absent, native Pixel Data of
the wrong length). So a writer never writes what a strict read would refuse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dicomodel.errors import DicomWriteError, Issue

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

    from dicomodel.model import DicomModel

__all__ = ["check_writable", "write_problems"]


def write_problems(model: DicomModel, dataset: Dataset | None = None) -> list[Issue]:
    """Every reason a writer refuses ``model``; ``[]`` when it may be written.

    ``dataset`` is the model as ``to_dataset(model, check=False)`` gives it,
    when the caller has it already.
    """
    from dicomodel.serialize.dataset import dataset_issues, to_dataset

    if dataset is None:
        dataset = to_dataset(model, share_extra=True, check=False)
    return dataset_issues(type(model), dataset)


def check_writable(model: DicomModel, dataset: Dataset | None = None) -> None:
    """Raise :class:`~dicomodel.errors.DicomWriteError` listing :func:`write_problems`."""
    problems = write_problems(model, dataset)
    if problems:
        cls = type(model)
        raise DicomWriteError(cls.dicom_name or cls.__name__, problems)
