# Helpers that give every Tandem library the same shape:
#  - one static library per folder, sources taken from that folder;
#  - its public include root exposes only that folder, as <core/...> or <ui/...>,
#    so a target can include only what it links (no global include paths);
#  - the project's warning flags.

function(tandem_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wformat=2)
    if(TANDEM_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# tandem_library(NAME <target> DIR <folder relative to the top, e.g. core/storage>
#                [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
function(tandem_library)
    cmake_parse_arguments(ARG "" "NAME;DIR" "PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
    set(src_dir "${PROJECT_SOURCE_DIR}/${ARG_DIR}")
    file(GLOB sources CONFIGURE_DEPENDS "${src_dir}/*.cpp" "${src_dir}/*.h")
    add_library(${ARG_NAME} STATIC ${sources})
    # An include root that holds nothing but a link to this folder.
    set(include_root "${PROJECT_BINARY_DIR}/include/${ARG_NAME}")
    get_filename_component(link_parent "${include_root}/${ARG_DIR}" DIRECTORY)
    file(MAKE_DIRECTORY "${link_parent}")
    if(NOT EXISTS "${include_root}/${ARG_DIR}")
        file(CREATE_LINK "${src_dir}" "${include_root}/${ARG_DIR}" SYMBOLIC)
    endif()
    target_include_directories(${ARG_NAME} PUBLIC "${include_root}")
    target_link_libraries(${ARG_NAME} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
    tandem_warnings(${ARG_NAME})
    add_library(tandem::${ARG_NAME} ALIAS ${ARG_NAME})
endfunction()
