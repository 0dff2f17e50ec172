package en

// furniture are whole lines of page furniture.
var furniture = []string{}

// furniturePrefixes start lines of page furniture.
var furniturePrefixes = []string{}
