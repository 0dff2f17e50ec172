package packed

import (
	"fmt"
	"reflect"
)

// diffPath names the first field where a and b differ, with both values,
// or is "" when they are deeply equal: a failed round trip says where.
func diffPath(path string, a, b reflect.Value) string {
	if a.Kind() != b.Kind() {
		return path + " kind"
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() != b.IsNil() {
			return path + " nil"
		}
		if a.IsNil() {
			return ""
		}
		return diffPath(path, a.Elem(), b.Elem())
	case reflect.Struct:
		for i := range a.NumField() {
			if d := diffPath(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i)); d != "" {
				return d
			}
		}
		return ""
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return fmt.Sprintf("%s len/nil %v %v", path, a.Len(), b.Len())
		}
		for i := range a.Len() {
			if d := diffPath(fmt.Sprint(path, i), a.Index(i), b.Index(i)); d != "" {
				return d
			}
		}
		return ""
	}
	if a.CanInterface() && !reflect.DeepEqual(a.Interface(), b.Interface()) {
		return fmt.Sprintf("%s: %v vs %v", path, a.Interface(), b.Interface())
	}
	if !a.CanInterface() && fmt.Sprint(a) != fmt.Sprint(b) {
		return fmt.Sprintf("%s: %v vs %v", path, a, b)
	}
	return ""
}
