# Installs the pinned Prism into DEST (the build folder) with npm ci: exactly the lockfile's versions,
# no install scripts (--ignore-scripts: nothing but files is fetched), no audit or funding calls.
if(NOT NPM)
    message(FATAL_ERROR "npm was not found (Debian's nodejs package provides it; installer/dev.sh installs it)")
endif()
file(MAKE_DIRECTORY "${DEST}")
foreach(_file package.json package-lock.json)
    configure_file("${SOURCE}/${_file}" "${DEST}/${_file}" COPYONLY)
endforeach()
if(EXISTS "${DEST}/node_modules/.bin/prism" AND "${DEST}/node_modules/.package-lock.json" IS_NEWER_THAN "${SOURCE}/package-lock.json")
    message(STATUS "Prism already installed in ${DEST}")
    return()
endif()
execute_process(COMMAND "${NPM}" ci --prefix "${DEST}" --ignore-scripts --no-audit --no-fund --loglevel=error
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "npm ci of Prism failed (${_rc}): the registry must be reachable for this test")
endif()
