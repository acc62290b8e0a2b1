/* Writes the HDF5 seeds of tests/fuzz/corpus/hdf5 (run by make-corpus.sh): small files shaped like
 * the Keras weight files musicnn reads (model_weights/<layer>/<layer>/<var>:0, root attributes),
 * with float, double and integer data sets, contiguous and chunked + deflate storage. */
#include <hdf5.h>
#include <stdio.h>
#include <string.h>

static void dataset(hid_t file, const char *path, hid_t type, int rank, const hsize_t *dims, int chunked) {
    hid_t lcpl = H5Pcreate(H5P_LINK_CREATE);
    H5Pset_create_intermediate_group(lcpl, 1);
    hid_t dcpl = H5Pcreate(H5P_DATASET_CREATE);
    if (chunked) {
        H5Pset_chunk(dcpl, rank, dims);
        H5Pset_deflate(dcpl, 6);
    }
    hid_t space = H5Screate_simple(rank, dims, NULL);
    hid_t d = H5Dcreate2(file, path, type, space, lcpl, dcpl, H5P_DEFAULT);
    double values[64];
    for (int i = 0; i < 64; ++i) values[i] = 0.25 * i - 3;
    H5Dwrite(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values);
    H5Dclose(d);
    H5Sclose(space);
    H5Pclose(dcpl);
    H5Pclose(lcpl);
}

static void fixedAttribute(hid_t obj, const char *name, const char *text) {
    hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, strlen(text));
    hid_t space = H5Screate(H5S_SCALAR);
    hid_t a = H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(a, type, text);
    H5Aclose(a);
    H5Sclose(space);
    H5Tclose(type);
}

static void variableAttribute(hid_t obj, const char *name, const char *text) {
    hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, H5T_VARIABLE);
    hid_t space = H5Screate(H5S_SCALAR);
    hid_t a = H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(a, type, &text);
    H5Aclose(a);
    H5Sclose(space);
    H5Tclose(type);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    char path[4096];
    const hsize_t one[1] = {1}, four[1] = {4}, kernel[4] = {7, 3, 1, 2}, dense[2] = {4, 3};

    /* The start of a musicnn file: the input batch norm complete, a conv kernel of the wrong shape. */
    snprintf(path, sizeof path, "%s/keras-layers.h5", argv[1]);
    hid_t f = H5Fcreate(path, H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    fixedAttribute(f, "keras_version", "2.2.4-tf");
    variableAttribute(f, "backend", "tensorflow");
    const char *bn[] = {"gamma:0", "beta:0", "moving_mean:0", "moving_variance:0"};
    for (int i = 0; i < 4; ++i) {
        char name[256];
        snprintf(name, sizeof name, "model_weights/batch_normalization/batch_normalization/%s", bn[i]);
        dataset(f, name, H5T_IEEE_F32LE, 1, one, 0);
    }
    dataset(f, "model_weights/conv2d/conv2d/kernel:0", H5T_IEEE_F32LE, 4, kernel, 0);
    dataset(f, "model_weights/conv2d/conv2d/bias_1:0", H5T_IEEE_F32LE, 1, four, 0);
    H5Fclose(f);

    /* Other storage and types: double, big-endian float, integers, chunked + deflate. */
    snprintf(path, sizeof path, "%s/types-chunked.h5", argv[1]);
    f = H5Fcreate(path, H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    fixedAttribute(f, "keras_version", "2.1.6");
    dataset(f, "model_weights/dense/dense/kernel:0", H5T_IEEE_F64LE, 2, dense, 1);
    dataset(f, "model_weights/dense/dense/bias:0", H5T_IEEE_F32BE, 1, four, 0);
    dataset(f, "model_weights/dense_1/dense_1/kernel:0", H5T_STD_I32LE, 2, dense, 0);
    dataset(f, "optimizer_weights/scalar", H5T_IEEE_F32LE, 0, NULL, 0);
    H5Fclose(f);

    /* What a damaged file may hold (reproducers of Hdf5File bugs fixed with the fuzzer): string
     * attributes with more than one element, and a chunked data set whose extents multiply past
     * 2^64 to 0 (never written, so the file stays small). */
    snprintf(path, sizeof path, "%s/odd-shapes.h5", argv[1]);
    f = H5Fcreate(path, H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    {
        hid_t type = H5Tcopy(H5T_C_S1);
        H5Tset_size(type, 4);
        const hsize_t three[1] = {3};
        hid_t space = H5Screate_simple(1, three, NULL);
        hid_t a = H5Acreate2(f, "keras_version", type, space, H5P_DEFAULT, H5P_DEFAULT);
        H5Awrite(a, type, "2.2.4-tf.xyz");
        H5Aclose(a);
        H5Tclose(type);
        type = H5Tcopy(H5T_C_S1);
        H5Tset_size(type, H5T_VARIABLE);
        const char *texts[3] = {"tensorflow", "theano", "cntk"};
        a = H5Acreate2(f, "backend", type, space, H5P_DEFAULT, H5P_DEFAULT);
        H5Awrite(a, type, texts);
        H5Aclose(a);
        H5Sclose(space);
        H5Tclose(type);
    }
    {
        const hsize_t huge[3] = {(hsize_t)1 << 32, (hsize_t)1 << 32, 4}, chunk[3] = {1, 1, 4};
        hid_t dcpl = H5Pcreate(H5P_DATASET_CREATE);
        H5Pset_chunk(dcpl, 3, chunk);
        H5Pset_fill_time(dcpl, H5D_FILL_TIME_NEVER);
        hid_t space = H5Screate_simple(3, huge, NULL);
        hid_t lcpl = H5Pcreate(H5P_LINK_CREATE);
        H5Pset_create_intermediate_group(lcpl, 1);
        hid_t d = H5Dcreate2(f, "model_weights/dense/dense/kernel:0", H5T_IEEE_F32LE, space, lcpl, dcpl, H5P_DEFAULT);
        if (d < 0) fprintf(stderr, "make-hdf5-seeds: the huge data set was refused\n");
        else H5Dclose(d);
        H5Pclose(lcpl);
        H5Sclose(space);
        H5Pclose(dcpl);
    }
    H5Fclose(f);
    return 0;
}
