"""Assembling an IOD from module instances, as PS3.3 describes it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from dicomodel.errors import DicomodelError, DicomValidationError

if TYPE_CHECKING:
    from dicomodel.model import DicomModel

IOD = TypeVar("IOD", bound="DicomModel")


class AssemblyError(DicomodelError, ValueError):
    """Modules that do not fit the IOD, or that disagree on an attribute's value."""


def assemble(iod_class: type[IOD], *modules: DicomModel) -> IOD:
    """An ``iod_class`` instance holding every attribute the ``modules`` set.

    An attribute set by two modules must have the same value in both; an
    attribute the IOD does not declare is refused. The result is validated as a
    whole, so attributes of mandatory modules that none of ``modules`` set are
    reported as missing; then it must be writable: what
    :func:`dicomodel.serialize.checks.write_problems` finds (native Pixel Data
    shorter than its image, and the conditions of Type 1C/2C attributes once
    they are checked there) is raised as a
    :class:`~dicomodel.errors.DicomValidationError`.
    """
    declared = iod_class.model_fields
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for module in modules:
        for name in module.model_fields_set:
            if name not in declared:
                raise AssemblyError(
                    f"{type(module).__name__}.{name} is not an attribute of {iod_class.__name__}"
                )
            value = getattr(module, name)
            if name in values and values[name] != value:
                raise AssemblyError(
                    f"{name} differs between {origin[name]} ({values[name]!r}) and "
                    f"{type(module).__name__} ({value!r})"
                )
            values[name] = value
            origin[name] = type(module).__name__
    model = iod_class.model_validate(values)
    from dicomodel.serialize.checks import write_problems

    problems = write_problems(model)
    if problems:
        name = iod_class.dicom_name or iod_class.__name__
        raise DicomValidationError(name, problems, doing="building")
    return model
