# One precompiled <torch/torch.h>, given only to the sources that include LibTorch.
#
# Why not to every source of a target: gcc maps its 570 MB precompiled header into every file that
# is compiled with it. For a file that never includes torch that costs about 10 s (12.1 s against
# 1.8 s for inference/LiveAnalysisThread.cpp), while a file that does include torch saves about 7 s
# (13.4 s against 19.9 s for models/ConvNets.cpp). clang's costs are smaller but point the same way
# (3.3 against 2.0 s; 8.7 against 16.4 s). So a file that includes a torch header, itself or through
# the project's own headers, gets the precompiled header; the others skip it.
#
# Getting it wrong costs time, never correctness: every file includes what it uses, and the
# precompiled header only spares parsing it again.

# The folders a quoted include is looked up in, after the including file's own folder: the
# engine's root ("tensor/ModelState.h"), the project's root ("app/gui/...", "widgets/..."), and the
# tests' root ("support/...", "TestSupport.h").
set(GTZAN_QUOTED_INCLUDE_ROOTS ${PROJECT_SOURCE_DIR}/engine ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/tests)

# out = TRUE when file includes <torch/...> or <ATen/...>, itself or through the headers it
# includes with quotes, transitively. (A c10 header alone, such as <c10/util/Exception.h> for
# c10::Error, parses in a moment: cheaper than mapping the precompiled header.) Results are
# remembered per file for the whole configure run; a file being scanned counts as torch-free to
# whoever meets it again (include cycles).
function(gtzan_includes_torch file out)
  string(MAKE_C_IDENTIFIER "${file}" key)
  get_property(known GLOBAL PROPERTY GTZAN_INCLUDES_TORCH_${key} SET)
  if(known)
    get_property(answer GLOBAL PROPERTY GTZAN_INCLUDES_TORCH_${key})
    set(${out} ${answer} PARENT_SCOPE)
    return()
  endif()
  set_property(GLOBAL PROPERTY GTZAN_INCLUDES_TORCH_${key} FALSE)
  set(answer FALSE)
  file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  get_filename_component(own_dir "${file}" DIRECTORY)
  foreach(line IN LISTS includes)
    if(line MATCHES "<(torch|ATen)/")
      set(answer TRUE)
      break()
    endif()
    if(NOT line MATCHES "\"([^\"]+)\"")
      continue()
    endif()
    set(name "${CMAKE_MATCH_1}")
    foreach(root IN ITEMS ${own_dir} ${GTZAN_QUOTED_INCLUDE_ROOTS})
      if(EXISTS "${root}/${name}" AND NOT IS_DIRECTORY "${root}/${name}")
        get_filename_component(header "${root}/${name}" REALPATH)
        gtzan_includes_torch("${header}" header_answer)
        if(header_answer)
          set(answer TRUE)
        endif()
        break()
      endif()
    endforeach()
    if(answer)
      break()
    endif()
  endforeach()
  set_property(GLOBAL PROPERTY GTZAN_INCLUDES_TORCH_${key} ${answer})
  set(${out} ${answer} PARENT_SCOPE)
endfunction()

# Gives target's torch-including sources the precompiled <torch/torch.h>: compiled for target
# itself when owner is target, reused from owner (compiled with the same flags) otherwise. The
# file AUTOMOC adds (mocs_compilation.cpp) gets it when a Q_OBJECT header of the target includes
# torch. A target without any torch-including file gets no precompiled header at all.
function(gtzan_precompile_torch_headers target owner)
  get_target_property(sources ${target} SOURCES)
  get_target_property(source_dir ${target} SOURCE_DIR)
  get_target_property(binary_dir ${target} BINARY_DIR)
  set(any_torch FALSE)
  set(moc_torch FALSE)
  foreach(source IN LISTS sources)
    get_filename_component(path "${source}" ABSOLUTE BASE_DIR "${source_dir}")
    if(NOT path MATCHES "\\.(cpp|h)$" OR NOT EXISTS "${path}")
      continue()
    endif()
    gtzan_includes_torch("${path}" torch)
    if(path MATCHES "\\.h$")
      if(torch)
        file(STRINGS "${path}" qobject REGEX "Q_OBJECT|Q_GADGET")
        if(qobject)
          set(moc_torch TRUE)
        endif()
      endif()
    elseif(torch)
      set(any_torch TRUE)
    else()
      set_source_files_properties("${path}" TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
  endforeach()
  if(NOT moc_torch)
    set_source_files_properties("${binary_dir}/${target}_autogen/mocs_compilation.cpp" TARGET_DIRECTORY ${target}
      PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
  if(target STREQUAL owner)
    target_precompile_headers(${target} PRIVATE <torch/torch.h>)
  elseif(any_torch OR moc_torch)
    target_precompile_headers(${target} REUSE_FROM ${owner})
  endif()
endfunction()
